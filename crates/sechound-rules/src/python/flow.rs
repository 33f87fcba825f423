//! The generic flow rule for Python: a call that matches a row of the sink table is reported as
//! a flow finding when request data reaches its argument, and as a sink finding when the row
//! allows it, the call is in a request handler outside test code, and the argument is neither a
//! constant, nor configuration, nor a converted value.

use super::sink_table::index;
use super::sinks::{Flow, sink_name, tainted_flow};
use crate::sink_table::{Arg, Class, Sink, SinkTier, When, callee_matches};
use crate::{CheckContext, RawFlow};
use sechound_core::Confidence;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text};
use sechound_syntax::python::{
    FUNCTION_KINDS, keyword_arg, method_name, positional_args, receiver, string_value, unwrap,
};
use sechound_syntax::{Node, Origin};

/// How a class lowers the confidence of one of its flow findings.
pub(crate) type ConfidenceOf = for<'a> fn(&CheckContext<'a>, Node<'a>, &Flow) -> Option<Confidence>;

/// What a class adds to the table: the calls that make a value safe for it.
pub(crate) struct ClassSpec {
    pub class: Class,
    /// Last segments of callees whose result is safe for this class (`quote`, `escape`): a
    /// value that went through one stops counting, locally and across files.
    pub sanitizers: &'static [&'static str],
    /// The message of a flow finding, when the class words it itself (else "… reaches `f()`,
    /// which <effect>.").
    pub flow_message: Option<fn(&Flow, &str, &Sink) -> String>,
    /// Whether a parameter of a function that is a view only by its shape (its first parameter
    /// is `request`) counts as request data: low-severity classes ask for a route decorator,
    /// since helpers such as `login(request, user)` have that shape too.
    pub decorated_routes_only: bool,
    /// Characters whose removal with `.replace(X, …)` makes a value safe for the class.
    pub replaced: &'static [&'static str],
    /// Receivers whose results the class trusts as the service's own data (a cache the service
    /// pickles into itself): a call on one is not of unknown origin for the sink tier.
    pub trusted_receivers: &'static [&'static str],
    /// The confidence of a flow finding, when the class lowers it for some calls.
    pub flow_confidence: Option<ConfidenceOf>,
}

impl ClassSpec {
    /// A class that adds only its sanitizers to the table.
    pub const fn new(class: Class, sanitizers: &'static [&'static str]) -> ClassSpec {
        ClassSpec {
            class,
            sanitizers,
            flow_message: None,
            decorated_routes_only: false,
            replaced: &[],
            trusted_receivers: &[],
            flow_confidence: None,
        }
    }
}

/// Sanitizer names every class accepts: conversions to numbers and booleans.
const CONVERSIONS: &[&str] = &[
    "int", "float", "bool", "len", "abs", "round", "ord", "hex", "UUID", "uuid4", "Decimal",
];

/// A row of the table that matches a call, with the nodes its argument names.
pub(crate) struct Hit<'f> {
    pub sink: &'static Sink,
    pub args: Vec<Node<'f>>,
}

/// The rows of `class` that match `call`.
pub(crate) fn hits<'f>(cx: &CheckContext<'f>, call: Node<'f>, class: Class) -> Vec<Hit<'f>> {
    let src = cx.src();
    let Some(name) = method_name(call, src) else {
        return Vec::new();
    };
    let index = index();
    let (lookup, qualified) = if index.has(name, class) {
        (name.to_string(), cx.qualified(call))
    } else {
        // A function imported under another name: `from pickle import loads as unpickle`.
        if !cx.module().imports.iter().any(|i| i.local == name) {
            return Vec::new();
        }
        let qualified = cx.qualified(call);
        let Some(last) = qualified
            .as_deref()
            .map(|q| q.rsplit('.').next().unwrap_or(q).to_string())
        else {
            return Vec::new();
        };
        if !index.has(&last, class) {
            return Vec::new();
        }
        (last, qualified)
    };
    let mut out = Vec::new();
    for sink in index.named(&lookup, class) {
        if !callee_matches(sink.callee, qualified.as_deref(), &lookup)
            || !holds(cx, call, sink.when)
        {
            continue;
        }
        let args = argument_nodes(cx, call, sink.arg);
        if !args.is_empty() {
            out.push(Hit { sink, args });
        }
    }
    out
}

fn holds<'f>(cx: &CheckContext<'f>, call: Node<'f>, when: When) -> bool {
    let src = cx.src();
    match when {
        When::Always => true,
        When::Flag(name) => keyword_arg(call, src, name)
            .is_some_and(|v| !matches!(unwrap(v).kind(), "false" | "none") && text(v, src) != "0"),
        When::Imports(module) => cx.imports_module(module),
        When::ReceiverNot(words) => !receiver_mentions(cx, call, words),
        When::Receiver(words) => receiver_mentions(cx, call, words),
        When::SqlText => positional_args(call)
            .first()
            .is_some_and(|q| super::sinks::reads_as_sql(cx, *q)),
        When::New | When::NotFunction | When::ImportsText(_) => false,
    }
}

/// True when the receiver's text, or what a local receiver was given
/// (`audit = logging.getLogger("audit")`), names one of `words`.
fn receiver_mentions<'f>(cx: &CheckContext<'f>, call: Node<'f>, words: &[&str]) -> bool {
    receiver(call).is_some_and(|r| {
        let mentions = |node: Node<'_>| {
            let text = cx.text(node).to_ascii_lowercase();
            words.iter().any(|w| text.contains(w))
        };
        mentions(r) || {
            let resolved = cx.py_taint().resolve(r);
            resolved != unwrap(r) && mentions(resolved)
        }
    })
}

fn argument_nodes<'f>(cx: &CheckContext<'f>, call: Node<'f>, arg: Arg) -> Vec<Node<'f>> {
    let src = cx.src();
    let positional = positional_args(call);
    match arg {
        Arg::At(index, keyword) => positional
            .get(index)
            .copied()
            .filter(|a| !matches!(a.kind(), "list_splat" | "dictionary_splat"))
            .or_else(|| {
                (!keyword.is_empty())
                    .then(|| keyword_arg(call, src, keyword))
                    .flatten()
            })
            .into_iter()
            .collect(),
        Arg::Keyword("**") => positional
            .into_iter()
            .filter(|a| a.kind() == "dictionary_splat")
            .filter_map(|a| a.named_child(0))
            .collect(),
        Arg::Keyword(keyword) => keyword_arg(call, src, keyword).into_iter().collect(),
        Arg::All => {
            let mut all: Vec<Node<'f>> = positional
                .into_iter()
                .filter(|a| a.kind() != "list_splat")
                .collect();
            all.extend(
                sechound_syntax::python::keyword_args(call, src)
                    .into_iter()
                    .filter(|(k, _)| *k != "exc_info" && *k != "extra")
                    .map(|(_, v)| v),
            );
            all
        }
        Arg::ShellScript => {
            let Some(first) = positional.first() else {
                return Vec::new();
            };
            let list = cx.py_taint().resolve(*first);
            if !matches!(list.kind(), "list" | "tuple") {
                return Vec::new();
            }
            let items = named_children(list);
            let starts_shell = items.first().is_some_and(|p| {
                string_value(*p, src).is_some_and(|s| {
                    let program = s.rsplit('/').next().unwrap_or(&s);
                    matches!(
                        program,
                        "sh" | "bash"
                            | "zsh"
                            | "dash"
                            | "ksh"
                            | "cmd"
                            | "cmd.exe"
                            | "powershell"
                            | "pwsh"
                    )
                })
            }) && items.get(1).is_some_and(|flag| {
                string_value(*flag, src)
                    .is_some_and(|s| matches!(s.as_str(), "-c" | "/c" | "/C" | "-Command"))
            });
            match (starts_shell, items.get(2)) {
                (true, Some(script)) => vec![unwrap(*script)],
                _ => Vec::new(),
            }
        }
    }
}

/// Checks `call` against the rows of `spec.class`; returns true when it reported something.
pub(crate) fn check<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, spec: &ClassSpec) -> bool {
    for hit in hits(cx, call, spec.class) {
        if report_hit(cx, call, spec, &hit) {
            return true;
        }
    }
    false
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
        .filter(|(arg, _)| !replaced_away(cx, *arg, spec.replaced))
        .filter(|(arg, flow)| {
            !(spec.decorated_routes_only && undecorated_route_parameter(cx, *arg, flow))
        })
        .collect();
    // Request data read here wins; otherwise the origins of every argument wait together for
    // the whole program.
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
        let message = match spec.flow_message {
            Some(write) => write(&flow, &sink, hit.sink),
            None => format!("{}, which {}.", flow.describe(&sink), hit.sink.effect),
        };
        let confidence = spec.flow_confidence.and_then(|f| f(cx, call, &flow));
        let fallback = flow
            .is_pending()
            .then(|| sink_message(cx, call, hit.sink, arg))
            .flatten()
            .filter(|_| sink_tier_allowed(cx, call, hit.sink, arg, spec));
        let finding = cx.report(call, message);
        finding.flow(flow.raw.clone());
        if let Some(confidence) = confidence {
            finding.confidence(confidence);
        }
        if let Some(fallback) = fallback {
            finding.or_sink(fallback);
        }
        return true;
    }
    for &arg in &hit.args {
        if sink_tier_allowed(cx, call, hit.sink, arg, spec)
            && let Some(message) = sink_message(cx, call, hit.sink, arg)
        {
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
    // `repr(x)`, `str(escape(x))`: a sanitizer the local analysis passes through.
    let resolved = unwrap(cx.py_taint().resolve(arg));
    if resolved.kind() == "call"
        && method_name(resolved, cx.src()).is_some_and(|name| is_sanitizer(name, sanitizers))
    {
        return None;
    }
    let mut flow = tainted_flow(cx, arg)?;
    if let RawFlow::Pending(origins) = &mut flow.raw {
        origins.retain(|o| match o {
            Origin::Call(n) => cx
                .py_flow()
                .call(*n)
                .and_then(|c| method_name(c, cx.src()))
                .is_none_or(|name| !is_sanitizer(name, sanitizers)),
            _ => true,
        });
        if origins.is_empty() {
            return None;
        }
    }
    Some(flow)
}

/// A sanitizer name: listed as is, or (written `*word`) containing the word in any case
/// (`*escape` accepts `escape_for_html`, `htmlEscape`).
pub(crate) fn is_sanitizer(name: &str, sanitizers: &[&str]) -> bool {
    CONVERSIONS.contains(&name)
        || sanitizers.iter().any(|s| match s.strip_prefix('*') {
            Some(word) => name.to_ascii_lowercase().contains(word),
            None => *s == name,
        })
}

/// True when every part of `arg` that carries request data is passed through
/// `.replace(X, …)` with `X` one of `replaced` (`bar.replace("'", "&apos;")` for XPath): the
/// characters that matter to the sink are taken out.
pub(crate) fn replaced_away<'f>(cx: &CheckContext<'f>, arg: Node<'f>, replaced: &[&str]) -> bool {
    if replaced.is_empty() {
        return false;
    }
    let src = cx.src();
    let taint = cx.py_taint();
    let mut tainted_parts = Vec::new();
    collect_tainted_parts(cx, taint.resolve(arg), &mut tainted_parts, 0);
    !tainted_parts.is_empty()
        && tainted_parts.iter().all(|part| {
            let part = unwrap(*part);
            part.kind() == "call"
                && method_name(part, src) == Some("replace")
                && positional_args(part).first().is_some_and(|first| {
                    string_value(*first, src).is_some_and(|v| {
                        let v = v.replace("\\'", "'").replace("\\\"", "\"");
                        replaced.iter().any(|r| v.contains(r))
                    })
                })
        })
}

fn collect_tainted_parts<'f>(
    cx: &CheckContext<'f>,
    node: Node<'f>,
    out: &mut Vec<Node<'f>>,
    depth: u32,
) {
    let taint = cx.py_taint();
    if depth > 6 || !taint.is_tainted(node) {
        return;
    }
    match node.kind() {
        "string" => {
            for child in named_children(node) {
                if child.kind() == "interpolation"
                    && let Some(inner) = child.field("expression")
                {
                    collect_tainted_parts(cx, inner, out, depth + 1);
                }
            }
        }
        "binary_operator" | "concatenated_string" => {
            for child in named_children(node) {
                collect_tainted_parts(cx, child, out, depth + 1);
            }
        }
        "identifier" => {
            let resolved = taint.resolve(node);
            if resolved != node && matches!(resolved.kind(), "string" | "binary_operator") {
                collect_tainted_parts(cx, resolved, out, depth + 1);
            } else {
                out.push(node);
            }
        }
        _ => out.push(node),
    }
}

/// Whether a sink finding may be reported for `arg`: the row allows one, the call is in a
/// request handler outside test code, and the value is of unknown origin (and built here,
/// where the row asks for that).
fn sink_tier_allowed<'f>(
    cx: &CheckContext<'f>,
    call: Node<'f>,
    sink: &Sink,
    arg: Node<'f>,
    spec: &ClassSpec,
) -> bool {
    if sink.sink_tier == SinkTier::No || cx.in_test_file() || !in_request_handler(cx, call) {
        return false;
    }
    if sink.sink_tier == SinkTier::Built && !is_built(cx, arg) {
        return false;
    }
    opaque_part(cx, arg, spec, 0).is_some()
}

/// "`os.system()` runs `cmd` through the shell, and where `cmd` comes from could not be
/// followed …".
fn sink_message<'f>(
    cx: &CheckContext<'f>,
    call: Node<'f>,
    sink: &Sink,
    arg: Node<'f>,
) -> Option<String> {
    let src = cx.src();
    let shown = short_text(unwrap(arg), src, 60);
    let effect = replace_it(sink.effect, &code_span(&shown));
    Some(format!(
        "`{}` {effect}; the value is not a constant or configuration, and sechound could not follow where it comes from. Check that no client data reaches it unvalidated.",
        sink_name(call, src)
    ))
}

/// The effect with its first `it` replaced by the value: "runs it as SQL" → "runs `q` as SQL".
fn replace_it(effect: &str, value: &str) -> String {
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

/// True when `node` is inside a request handler: a route-decorated function, a view taking
/// `request`, or a function that reads Flask's global `request`.
pub(crate) fn in_request_handler(cx: &CheckContext<'_>, node: Node<'_>) -> bool {
    let src = cx.src();
    let flask_request = cx.module().qualify("request").as_deref() == Some("flask.request");
    let mut current = node.parent();
    while let Some(n) = current {
        if FUNCTION_KINDS.contains(&n.kind()) {
            if sechound_syntax::python::taint::is_route_handler(n, src) {
                return true;
            }
            let takes_request = n.field("parameters").is_some_and(|params| {
                named_children(params).into_iter().any(|p| {
                    let name = match p.kind() {
                        "identifier" => Some(p),
                        _ => p.field("name").or_else(|| p.named_child(0)),
                    };
                    name.is_some_and(|n| matches!(text(n, src), "request" | "req"))
                })
            });
            if takes_request || (flask_request && text(n, src).contains("request.")) {
                return true;
            }
        }
        current = n.parent();
    }
    false
}

/// True when `expr` (following one local assignment) is a string built from parts: an
/// f-string with interpolations, `+`, `%` or `.format()`.
pub(crate) fn is_built<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> bool {
    let node = cx.py_taint().resolve(expr);
    match node.kind() {
        "string" => sechound_syntax::python::is_fstring(node),
        "binary_operator" => node
            .field("operator")
            .is_some_and(|o| matches!(text(o, cx.src()), "+" | "%")),
        "call" => matches!(method_name(node, cx.src()), Some("format" | "join")),
        _ => false,
    }
}

/// Calls whose result is configuration, not data.
const CONFIG_CALLS: &[&str] = &["getenv", "get_env", "config", "get_setting", "getattr"];
/// Names whose attributes are configuration.
const CONFIG_OBJECTS: &[&str] = &[
    "settings",
    "config",
    "conf",
    "app",
    "current_app",
    "os",
    "environ",
    "self",
    "cls",
    "CONFIG",
    "SETTINGS",
    "sys",
];

/// The first part of `expr` whose value is of unknown origin: not a literal, not
/// configuration (`settings.X`, `os.environ[…]`, `os.getenv(…)`, module constants), not a
/// converted value (`int(x)`, `shlex.quote(x)`, a sanitizer of the class). `None` when every
/// part is known.
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
        "string" => any(named_children(node)
            .into_iter()
            .filter(|c| c.kind() == "interpolation")
            .filter_map(|c| c.field("expression"))
            .collect()),
        "integer" | "float" | "true" | "false" | "none" | "ellipsis" => None,
        "concatenated_string" | "list" | "tuple" | "set" | "expression_list" => {
            any(named_children(node))
        }
        "dictionary" => any(named_children(node)
            .into_iter()
            .filter_map(|c| match c.kind() {
                "pair" => c.field("value"),
                _ => c.named_child(0),
            })
            .collect()),
        "binary_operator" => any([node.field("left"), node.field("right")]
            .into_iter()
            .flatten()
            .collect()),
        "boolean_operator" => any([node.field("left"), node.field("right")]
            .into_iter()
            .flatten()
            .collect()),
        "not_operator" | "comparison_operator" => None,
        "unary_operator" => node
            .field("argument")
            .and_then(|a| opaque_part(cx, a, spec, next)),
        "conditional_expression" => {
            let children = named_children(node);
            // `a if cond else b`: the branches, not the condition.
            any(children
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != 1)
                .map(|(_, c)| *c)
                .collect())
        }
        "identifier" => {
            let name = text(node, src);
            if name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
            {
                return None;
            }
            let bindings = cx.py_taint().bindings(node);
            if bindings.is_empty() {
                // A module-level name, an import or a builtin: configuration or code, not data.
                return None;
            }
            bindings.into_iter().find_map(|b| match b {
                sechound_syntax::BoundValue::Expr(value) => opaque_part(cx, value, spec, next),
                sechound_syntax::BoundValue::Part(value) => {
                    opaque_part(cx, value, spec, next).map(|_| node)
                }
                // A route handler's parameters are either request data (a flow) or injected
                // and converted by the framework (`limit: int`, `<int:id>`, `Depends(...)`).
                sechound_syntax::BoundValue::Param(param) => {
                    let handler = sechound_syntax::python::enclosing_function(param)
                        .is_some_and(|f| sechound_syntax::python::taint::is_route_handler(f, src));
                    (!handler).then_some(node)
                }
            })
        }
        "attribute" => {
            let root = attribute_root(node);
            if root.kind() == "identifier" {
                let root_name = text(root, src);
                if CONFIG_OBJECTS.contains(&root_name) || cx.py_taint().bindings(root).is_empty() {
                    return None;
                }
            }
            let last = node.field("attribute").map(|a| text(a, src)).unwrap_or("");
            if last.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
                return None;
            }
            node.field("object")
                .and_then(|o| opaque_part(cx, o, spec, next))
                .map(|_| node)
        }
        "subscript" => {
            let value = node.field("value")?;
            let value_text = text(value, src);
            if value_text.ends_with("environ") || value_text.ends_with("config") {
                return None;
            }
            opaque_part(cx, value, spec, next).map(|_| node)
        }
        "call" => {
            let name = method_name(node, src).unwrap_or("");
            if is_sanitizer(name, spec.sanitizers) || CONFIG_CALLS.contains(&name) {
                return None;
            }
            if receiver(node).is_some_and(|r| {
                let r = text(r, src).to_ascii_lowercase();
                spec.trusted_receivers.iter().any(|t| r.contains(t))
            }) {
                return None;
            }
            // A sink of the same class is reported at its own call (`exec(compile(code))`).
            if !hits(cx, node, spec.class).is_empty() {
                return None;
            }
            let path = sechound_syntax::python::callee_path(node, src).unwrap_or_default();
            if path.starts_with("os.environ") || path.starts_with("settings.") {
                return None;
            }
            // String methods and pass-through conversions keep the origin of their parts.
            if matches!(
                name,
                "str"
                    | "format"
                    | "join"
                    | "strip"
                    | "lower"
                    | "upper"
                    | "encode"
                    | "decode"
                    | "replace"
                    | "lstrip"
                    | "rstrip"
                    | "repr"
                    | "bytes"
            ) {
                let mut parts: Vec<Node<'f>> = positional_args(node);
                if let Some(object) = receiver(node) {
                    parts.push(object);
                }
                return any(parts);
            }
            Some(node)
        }
        "comment" => None,
        _ => Some(node),
    }
}

fn attribute_root(node: Node<'_>) -> Node<'_> {
    let mut current = node;
    while current.kind() == "attribute" {
        match current.field("object") {
            Some(object) => current = unwrap(object),
            None => break,
        }
    }
    current
}

/// `text` as a Markdown code span, with double backticks when it holds one.
pub(crate) fn code_span(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// True when `flow` starts at a parameter of a function taken for a view only because its first
/// parameter is `request` (no route decorator): Django views look like that, and so do helpers
/// such as `login(request, user)` and middleware hooks.
pub(crate) fn undecorated_route_parameter<'f>(
    cx: &CheckContext<'f>,
    at: Node<'f>,
    flow: &Flow,
) -> bool {
    if flow.is_pending() {
        return false;
    }
    // Request data read from the request object itself (`request.GET[...]`) is not in doubt.
    let root = flow
        .trace
        .source
        .split(['.', '(', '[', ':', '=', ' '])
        .next()
        .unwrap_or("");
    if matches!(root, "request" | "req" | "self" | "await") {
        return false;
    }
    let src = cx.src();
    let mut current = at.parent();
    while let Some(n) = current {
        if n.kind() == "function_definition" {
            let decorated = sechound_syntax::python::decorators(n).into_iter().any(|d| {
                let d = unwrap(d);
                d.kind() == "call"
                    && method_name(d, src).is_some_and(|m| {
                        matches!(
                            m,
                            "get"
                                | "post"
                                | "put"
                                | "patch"
                                | "delete"
                                | "route"
                                | "api_route"
                                | "websocket"
                        )
                    })
            });
            if decorated {
                return false;
            }
        }
        current = n.parent();
    }
    true
}
