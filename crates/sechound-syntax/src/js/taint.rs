//! Local taint for JavaScript and TypeScript: does an expression carry data from the request?
//!
//! Sources are the request objects of Express, Fastify, Koa, Hono and Next.js (`req.query`,
//! `req.params`, `req.body`, `req.headers`, `req.cookies`, `request.json()`, …), NestJS handler
//! parameters decorated `@Query`, `@Param`, `@Body`, `@Headers`, `@Cookies`, and the payload
//! parameters of socket.io / ws message handlers. Values flow through local declarations,
//! destructuring, assignments, `+`, template literals, string methods and a short list of
//! pass-through functions, inside the enclosing functions of one file. Unknown function calls end
//! the flow: the analysis prefers missing a finding to inventing one.

use super::{FUNCTION_KINDS, arguments, callee, dotted_path, unwrap};
use crate::node::{named_children, text, walk};
use crate::scope::{BoundValue, Scope, Scopes};
use crate::{CodeFile, TaintTrace};
use tree_sitter::Node;

/// Request properties that hold client data.
const SOURCE_PROPERTIES: &[&str] = &[
    "query",
    "params",
    "body",
    "headers",
    "cookies",
    "signedCookies",
    "files",
    "file",
    "url",
    "originalUrl",
    "nextUrl",
    "rawBody",
];

/// Request methods that return client data (`req.get('x')`, `await request.json()`, Hono's
/// `c.req.query('q')`).
const SOURCE_METHODS: &[&str] = &[
    "get",
    "header",
    "param",
    "json",
    "text",
    "formData",
    "query",
    "queries",
    "parseBody",
    "blob",
    "arrayBuffer",
];

/// Methods whose result no longer carries the receiver's text (booleans, numbers).
const NON_PROPAGATING_METHODS: &[&str] = &[
    "includes",
    "startsWith",
    "endsWith",
    "indexOf",
    "lastIndexOf",
    "test",
    "localeCompare",
    "has",
    "every",
    "some",
    "findIndex",
    "charCodeAt",
    "codePointAt",
    "isValid",
    "validate",
];

/// Functions that return their argument's data unchanged or merely reshaped.
const PASS_THROUGH_FUNCTIONS: &[&str] = &[
    "String",
    "decodeURIComponent",
    "decodeURI",
    "unescape",
    "JSON.parse",
    "JSON.stringify",
    "path.join",
    "path.resolve",
    "path.normalize",
    "path.posix.join",
    "path.win32.join",
    "Buffer.from",
    "util.format",
    "format",
    "Object.assign",
    "Array.from",
    "Object.values",
    "String.raw",
];

/// Parameter decorators of NestJS that inject client data.
const NEST_SOURCE_DECORATORS: &[&str] = &[
    "Query",
    "Param",
    "Body",
    "Headers",
    "Cookies",
    "UploadedFile",
    "UploadedFiles",
    "MessageBody",
];

const NEST_REQUEST_DECORATORS: &[&str] = &["Req", "Request"];

/// Properties of a Koa context (`ctx.query`, `ctx.params`, …) that read the request. `ctx.body`
/// is left out: on a Koa context it is the response body.
const KOA_CONTEXT_PROPERTIES: &[&str] = &[
    "query",
    "params",
    "querystring",
    "headers",
    "header",
    "cookies",
    "url",
    "originalUrl",
    "href",
    "search",
    "host",
    "hostname",
];

/// Names under which handlers receive the request object.
const REQUEST_NAMES: &[&str] = &["req", "request", "_req"];

const MAX_DEPTH: u32 = 24;

/// Answers taint questions for one file, caching the bindings of each function it looks into.
pub struct JsTaint<'f> {
    file: &'f CodeFile,
    scopes: Scopes<'f>,
}

impl<'f> JsTaint<'f> {
    pub fn new(file: &'f CodeFile) -> JsTaint<'f> {
        JsTaint {
            file,
            scopes: Scopes::new(file.tree.root_node(), FUNCTION_KINDS, collect_scope),
        }
    }

    fn src(&self) -> &'f str {
        self.file.text()
    }

    /// Where the request data in `expr` comes from, if it carries any.
    pub fn trace(&self, expr: Node<'f>) -> Option<TaintTrace> {
        self.eval(expr, 0)
    }

    pub fn is_tainted(&self, expr: Node<'f>) -> bool {
        self.trace(expr).is_some()
    }

    /// True when `expr` is the request object itself (`req`, `request`, `@Req() r`, `c.req`).
    pub fn is_request_object(&self, expr: Node<'f>) -> bool {
        self.request_object(unwrap(expr), 0)
    }

    /// Follows an identifier to the expression it was last given in this file (`const opts =
    /// {...}` then `cors(opts)` resolves to the object literal). Other expressions come back
    /// unchanged, unwrapped.
    pub fn resolve(&self, expr: Node<'f>) -> Node<'f> {
        let mut node = unwrap(expr);
        for _ in 0..4 {
            if node.kind() != "identifier" {
                break;
            }
            match self.binding_of(node) {
                Some(BoundValue::Expr(value)) => node = unwrap(value),
                _ => break,
            }
        }
        node
    }

    fn eval(&self, expr: Node<'f>, depth: u32) -> Option<TaintTrace> {
        if depth > MAX_DEPTH {
            return None;
        }
        let src = self.src();
        let node = unwrap(expr);
        let next = depth + 1;
        match node.kind() {
            "member_expression" | "subscript_expression" => {
                let object = node.child_by_field_name("object")?;
                if self.request_object(unwrap(object), next) {
                    let property = member_key(node, src)?;
                    return SOURCE_PROPERTIES
                        .contains(&property.as_str())
                        .then(|| TaintTrace::at(node, src));
                }
                if self.koa_context(unwrap(object)) {
                    let property = member_key(node, src)?;
                    return KOA_CONTEXT_PROPERTIES
                        .contains(&property.as_str())
                        .then(|| TaintTrace::at(node, src));
                }
                let inner = self.eval(object, next)?;
                Some(if is_chain(unwrap(object)) {
                    TaintTrace::at(node, src)
                } else {
                    inner
                })
            }
            "call_expression" => self.eval_call(node, next),
            "new_expression" => {
                let constructor = dotted_path(callee(node)?, src)?;
                if matches!(constructor.as_str(), "URL" | "URLSearchParams" | "String") {
                    return self.any(arguments(node), next);
                }
                None
            }
            "binary_expression" => {
                let operator = node.child_by_field_name("operator").map(|o| text(o, src));
                match operator {
                    Some("+") | Some("||") | Some("??") => self
                        .eval(node.child_by_field_name("left")?, next)
                        .or_else(|| self.eval(node.child_by_field_name("right")?, next)),
                    Some("&&") => self.eval(node.child_by_field_name("right")?, next),
                    _ => None,
                }
            }
            "template_string" => self.any(
                named_children(node)
                    .into_iter()
                    .filter(|c| c.kind() == "template_substitution")
                    .filter_map(|c| c.named_child(0))
                    .collect(),
                next,
            ),
            "ternary_expression" => {
                let consequence = node.child_by_field_name("consequence")?;
                let alternative = node.child_by_field_name("alternative")?;
                if allow_listed(node.child_by_field_name("condition")?, consequence, src) {
                    return self.eval(alternative, next);
                }
                self.eval(consequence, next)
                    .or_else(|| self.eval(alternative, next))
            }
            "array" => self.any(named_children(node), next),
            "object" => self.any(
                named_children(node)
                    .into_iter()
                    .filter_map(|c| match c.kind() {
                        "pair" => c.child_by_field_name("value"),
                        "spread_element" | "shorthand_property_identifier" => Some(c),
                        _ => None,
                    })
                    .collect(),
                next,
            ),
            "spread_element" => self.eval(node.named_child(0)?, next),
            "assignment_expression" => self.eval(node.child_by_field_name("right")?, next),
            "sequence_expression" => {
                self.eval(node.named_child(node.named_child_count() as u32 - 1)?, next)
            }
            "identifier" | "shorthand_property_identifier" => self.eval_identifier(node, next),
            _ => None,
        }
    }

    fn any(&self, nodes: Vec<Node<'f>>, depth: u32) -> Option<TaintTrace> {
        nodes.into_iter().find_map(|n| self.eval(n, depth))
    }

    fn eval_call(&self, call: Node<'f>, depth: u32) -> Option<TaintTrace> {
        let src = self.src();
        let function = unwrap(callee(call)?);
        if function.kind() == "member_expression" {
            let object = function.child_by_field_name("object")?;
            let method = text(function.child_by_field_name("property")?, src);
            if self.request_object(unwrap(object), depth) {
                return SOURCE_METHODS
                    .contains(&method)
                    .then(|| TaintTrace::at(call, src));
            }
            if let Some(path) = dotted_path(function, src)
                && PASS_THROUGH_FUNCTIONS.contains(&path.as_str())
            {
                return self.any(arguments(call), depth);
            }
            if NON_PROPAGATING_METHODS.contains(&method) {
                return None;
            }
            // A method on tainted data (`q.trim()`, `parts.join('/')`) keeps the data, and so
            // does concatenating tainted arguments onto a string (`'a'.concat(q)`).
            if let Some(trace) = self.eval(object, depth) {
                return Some(trace);
            }
            if method == "concat" || method == "replace" || method == "replaceAll" {
                return self.any(arguments(call), depth);
            }
            return None;
        }
        let name = dotted_path(function, src)?;
        if PASS_THROUGH_FUNCTIONS.contains(&name.as_str()) {
            return self.any(arguments(call), depth);
        }
        None
    }

    fn eval_identifier(&self, ident: Node<'f>, depth: u32) -> Option<TaintTrace> {
        let name = text(ident, self.src());
        self.scopes
            .reaching_values(ident, name, self.src())
            .into_iter()
            .find_map(|value| self.eval_binding(value, name, depth))
    }

    fn eval_binding(&self, value: BoundValue<'f>, name: &str, depth: u32) -> Option<TaintTrace> {
        match value {
            BoundValue::Expr(value) | BoundValue::Part(value) => self.eval(value, depth),
            BoundValue::Param(param) => self
                .param_source(param)
                .or_else(|| self.destructured_request_part(param, name)),
        }
    }

    /// `body` in a handler written `({ body, query }, res) => …` or `({ query }: Request, res)`:
    /// a request property taken apart in the parameter list.
    fn destructured_request_part(&self, param: Node<'f>, name: &str) -> Option<TaintTrace> {
        let src = self.src();
        let pattern = match param.kind() {
            "required_parameter" | "optional_parameter" => param.child_by_field_name("pattern")?,
            _ => param,
        };
        if pattern.kind() != "object_pattern" {
            return None;
        }
        let is_request = is_request_param(param, "", src) || next_param_is_response(param, src);
        if !is_request {
            return None;
        }
        for child in named_children(pattern) {
            let (key, bound) = match child.kind() {
                "shorthand_property_identifier_pattern" => (child, child),
                "object_assignment_pattern" => {
                    let left = child.child_by_field_name("left")?;
                    (left, left)
                }
                "pair_pattern" => {
                    let key = child.child_by_field_name("key")?;
                    let value = child.child_by_field_name("value")?;
                    let value = if value.kind() == "assignment_pattern" {
                        value.child_by_field_name("left")?
                    } else {
                        value
                    };
                    (key, value)
                }
                _ => continue,
            };
            if bound.kind().contains("identifier")
                && text(bound, src) == name
                && SOURCE_PROPERTIES.contains(&text(key, src))
            {
                // `{ body }` reads better than `body` as the place the data enters.
                return Some(TaintTrace::at(pattern, src));
            }
        }
        None
    }

    /// A parameter that receives client data by itself: NestJS `@Body() dto`, a socket message.
    fn param_source(&self, param: Node<'f>) -> Option<TaintTrace> {
        let src = self.src();
        if let Some(decorator) = decorator_name(param, src)
            && NEST_SOURCE_DECORATORS.contains(&decorator.as_str())
        {
            return Some(TaintTrace::at(param, src));
        }
        if is_message_handler_param(param, src) {
            return Some(TaintTrace::at(param, src));
        }
        None
    }

    /// A Koa context: a parameter named `ctx` of the enclosing function, or an unbound `ctx`.
    fn koa_context(&self, node: Node<'f>) -> bool {
        if node.kind() != "identifier" || text(node, self.src()) != "ctx" {
            return false;
        }
        matches!(self.binding_of(node), Some(BoundValue::Param(_)) | None)
    }

    /// Where the request data in `expr` comes from when `expr` is that data itself or a part of
    /// it, unconverted: `req.body`, `req.query.email`, `{ email } = req.body`, a NestJS `@Body()`
    /// parameter, `JSON.parse(req.query.filter)`. Such a value may be an object or an array, not
    /// only a string. Concatenation, templates and calls other than `JSON.parse` end the flow.
    pub fn trace_unconverted(&self, expr: Node<'f>) -> Option<TaintTrace> {
        self.eval_unconverted(expr, 0)
    }

    fn eval_unconverted(&self, expr: Node<'f>, depth: u32) -> Option<TaintTrace> {
        if depth > MAX_DEPTH {
            return None;
        }
        let src = self.src();
        let node = unwrap(expr);
        let next = depth + 1;
        match node.kind() {
            "member_expression" | "subscript_expression" => {
                let object = node.child_by_field_name("object")?;
                if self.request_object(unwrap(object), next) || self.koa_context(unwrap(object)) {
                    return self.eval(node, next);
                }
                let inner = self.eval_unconverted(object, next)?;
                Some(if is_chain(unwrap(object)) {
                    TaintTrace::at(node, src)
                } else {
                    inner
                })
            }
            "call_expression" => {
                let function = callee(node)?;
                if dotted_path(function, src).as_deref() == Some("JSON.parse") {
                    return self.eval(*arguments(node).first()?, next);
                }
                // `await request.json()`, `c.req.query()`: the request's own readers.
                let function = unwrap(function);
                if function.kind() == "member_expression"
                    && self.request_object(unwrap(function.child_by_field_name("object")?), next)
                {
                    return self.eval(node, next);
                }
                None
            }
            "binary_expression" => {
                let operator = node.child_by_field_name("operator").map(|o| text(o, src));
                match operator {
                    Some("||") | Some("??") => self
                        .eval_unconverted(node.child_by_field_name("left")?, next)
                        .or_else(|| {
                            self.eval_unconverted(node.child_by_field_name("right")?, next)
                        }),
                    _ => None,
                }
            }
            "ternary_expression" => self
                .eval_unconverted(node.child_by_field_name("consequence")?, next)
                .or_else(|| self.eval_unconverted(node.child_by_field_name("alternative")?, next)),
            "assignment_expression" => {
                self.eval_unconverted(node.child_by_field_name("right")?, next)
            }
            "identifier" | "shorthand_property_identifier" => {
                let name = text(node, src);
                self.scopes
                    .reaching_values(node, name, src)
                    .into_iter()
                    .find_map(|value| match value {
                        BoundValue::Expr(value) | BoundValue::Part(value) => {
                            self.eval_unconverted(value, next)
                        }
                        BoundValue::Param(param) => self
                            .param_source(param)
                            .or_else(|| self.destructured_request_part(param, name)),
                    })
            }
            _ => None,
        }
    }

    fn request_object(&self, node: Node<'f>, depth: u32) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        let src = self.src();
        match node.kind() {
            "identifier" => {
                let name = text(node, src);
                match self.binding_of(node) {
                    // `({ query }: Request) => …` binds a part of the request, not the request.
                    Some(BoundValue::Param(param)) => {
                        !is_destructured(param) && is_request_param(param, name, src)
                    }
                    Some(BoundValue::Expr(value)) => self.request_object(unwrap(value), depth + 1),
                    Some(BoundValue::Part(_)) => false,
                    None => REQUEST_NAMES.contains(&name),
                }
            }
            // Koa and Hono: `ctx.request`, `c.req`.
            "member_expression" => {
                let Some(property) = node.child_by_field_name("property") else {
                    return false;
                };
                let Some(object) = node.child_by_field_name("object") else {
                    return false;
                };
                matches!(text(property, src), "req" | "request")
                    && unwrap(object).kind() == "identifier"
                    && matches!(text(unwrap(object), src), "c" | "ctx" | "context")
            }
            _ => false,
        }
    }

    /// The value an identifier last received before its position, innermost scope first.
    fn binding_of(&self, ident: Node<'f>) -> Option<BoundValue<'f>> {
        let name = text(ident, self.src());
        self.scopes
            .reaching_values(ident, name, self.src())
            .last()
            .copied()
    }
}

fn is_chain(node: Node<'_>) -> bool {
    matches!(node.kind(), "member_expression" | "subscript_expression")
}

/// The property name of `a.b` or `a['b']`.
fn member_key(node: Node<'_>, src: &str) -> Option<String> {
    match node.kind() {
        "member_expression" => Some(text(node.child_by_field_name("property")?, src).to_string()),
        "subscript_expression" => super::string_value(node.child_by_field_name("index")?, src),
        _ => None,
    }
}

/// Collects the parameters and the declarations and assignments of one scope, not descending into
/// nested functions (they are scopes of their own).
fn collect_scope<'t>(scope: Node<'t>, src: &str) -> Scope<'t> {
    let mut out = Scope::default();
    if FUNCTION_KINDS.contains(&scope.kind()) {
        let params = scope
            .child_by_field_name("parameters")
            .or_else(|| scope.child_by_field_name("parameter"));
        if let Some(params) = params {
            let list = if params.kind() == "formal_parameters" {
                named_children(params)
            } else {
                vec![params]
            };
            for param in list {
                bind_param(param, src, scope.start_byte(), &mut out);
            }
        }
    }
    let body = scope.child_by_field_name("body").unwrap_or(scope);
    walk(body, |node| {
        if node != body && FUNCTION_KINDS.contains(&node.kind()) {
            return false;
        }
        match node.kind() {
            "variable_declarator" => {
                if let (Some(name), Some(value)) = (
                    node.child_by_field_name("name"),
                    node.child_by_field_name("value"),
                ) {
                    // A binding takes effect after its value is computed: `c = c.trim()`
                    // reads the previous `c` on the right-hand side.
                    bind_pattern(name, value, node.end_byte(), false, src, &mut out);
                }
            }
            kind @ ("assignment_expression" | "augmented_assignment_expression") => {
                if let (Some(left), Some(right)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) {
                    // `x += y` adds to what `x` held; `x = y` replaces it.
                    let augments = kind == "augmented_assignment_expression";
                    bind_pattern(left, right, node.end_byte(), augments, src, &mut out);
                }
            }
            "for_in_statement" => {
                if let (Some(left), Some(right)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) {
                    // Elements (`of`) and keys (`in`) of client data are client data.
                    bind_pattern(left, right, node.start_byte(), false, src, &mut out);
                }
            }
            _ => {}
        }
        true
    });
    out
}

fn bind_param<'t>(param: Node<'t>, src: &str, position: usize, out: &mut Scope<'t>) {
    let pattern = match param.kind() {
        "required_parameter" | "optional_parameter" => param.child_by_field_name("pattern"),
        "assignment_pattern" => param.child_by_field_name("left"),
        _ => Some(param),
    };
    let Some(pattern) = pattern else { return };
    let mut names = Vec::new();
    pattern_names(pattern, src, &mut names);
    for name in names {
        out.bind(&name, position, BoundValue::Param(param), false);
    }
}

fn bind_pattern<'t>(
    pattern: Node<'t>,
    value: Node<'t>,
    position: usize,
    augments: bool,
    src: &str,
    out: &mut Scope<'t>,
) {
    if pattern.kind() == "identifier" {
        out.bind(
            text(pattern, src),
            position,
            BoundValue::Expr(value),
            augments,
        );
        return;
    }
    let mut names = Vec::new();
    pattern_names(pattern, src, &mut names);
    for name in names {
        out.bind(&name, position, BoundValue::Part(value), augments);
    }
}

/// Names introduced by a binding pattern (`a`, `{ a, b: c, ...d }`, `[e, f]`, defaults).
fn pattern_names(pattern: Node<'_>, src: &str, out: &mut Vec<String>) {
    match pattern.kind() {
        "identifier" | "shorthand_property_identifier_pattern" => {
            out.push(text(pattern, src).to_string())
        }
        "pair_pattern" => {
            if let Some(value) = pattern.child_by_field_name("value") {
                pattern_names(value, src, out);
            }
        }
        "assignment_pattern" | "object_assignment_pattern" => {
            if let Some(left) = pattern.child_by_field_name("left") {
                pattern_names(left, src, out);
            }
        }
        "object_pattern" | "array_pattern" | "rest_pattern" => {
            for child in named_children(pattern) {
                pattern_names(child, src, out);
            }
        }
        _ => {}
    }
}

/// The name of a parameter's decorator, `Body` for `@Body() dto` or `@Body('x') x`.
fn decorator_name(param: Node<'_>, src: &str) -> Option<String> {
    let mut cursor = param.walk();
    let decorator = param
        .children_by_field_name("decorator", &mut cursor)
        .next()?;
    let expr = decorator.named_child(0)?;
    let name = match expr.kind() {
        "call_expression" => dotted_path(expr.child_by_field_name("function")?, src)?,
        _ => dotted_path(expr, src)?,
    };
    Some(name.rsplit('.').next().unwrap_or(&name).to_string())
}

fn is_request_param(param: Node<'_>, name: &str, src: &str) -> bool {
    if REQUEST_NAMES.contains(&name) {
        return true;
    }
    if decorator_name(param, src).is_some_and(|d| NEST_REQUEST_DECORATORS.contains(&d.as_str())) {
        return true;
    }
    param
        .child_by_field_name("type")
        .map(|t| text(t, src))
        .is_some_and(|t| {
            let t = t.trim_start_matches(':').trim();
            matches!(
                t,
                "Request" | "FastifyRequest" | "NextRequest" | "NextApiRequest" | "express.Request"
            ) || t.starts_with("Request<")
                || t.starts_with("FastifyRequest<")
                || t.starts_with("express.Request<")
        })
}

/// `ALLOWED.includes(x) ? x : 'default'`, `SAFE.has(next) ? next : '/'`: the condition looks the
/// chosen value up in a fixed collection, so the consequence is one of the listed values.
fn allow_listed(condition: Node<'_>, consequence: Node<'_>, src: &str) -> bool {
    let condition = unwrap(condition);
    if condition.kind() != "call_expression" {
        return false;
    }
    let Some(function) = callee(condition).map(unwrap) else {
        return false;
    };
    if function.kind() != "member_expression" {
        return false;
    }
    let method = function
        .child_by_field_name("property")
        .map(|p| text(p, src))
        .unwrap_or("");
    if !matches!(method, "includes" | "has") {
        return false;
    }
    let chosen = text(unwrap(consequence), src);
    arguments(condition)
        .first()
        .is_some_and(|a| text(unwrap(*a), src) == chosen)
}

fn is_destructured(param: Node<'_>) -> bool {
    let pattern = match param.kind() {
        "required_parameter" | "optional_parameter" => param.child_by_field_name("pattern"),
        "assignment_pattern" => param.child_by_field_name("left"),
        _ => Some(param),
    };
    pattern.is_some_and(|p| matches!(p.kind(), "object_pattern" | "array_pattern"))
}

/// True when the parameter after `param` is the response (`res`, `response`, `reply`), as in
/// Express and Fastify handlers.
fn next_param_is_response(param: Node<'_>, src: &str) -> bool {
    let Some(next) = param.next_named_sibling() else {
        return false;
    };
    let pattern = match next.kind() {
        "required_parameter" | "optional_parameter" => next.child_by_field_name("pattern"),
        _ => Some(next),
    };
    pattern.is_some_and(|p| matches!(text(p, src), "res" | "response" | "reply" | "resp"))
}

/// A parameter of a callback given to `socket.on('event', …)` or `ws.on('message', …)`: the
/// message payload a client sends.
fn is_message_handler_param(param: Node<'_>, src: &str) -> bool {
    let Some(function) = param.parent().and_then(|p| {
        if p.kind() == "formal_parameters" {
            p.parent()
        } else {
            Some(p)
        }
    }) else {
        return false;
    };
    if !matches!(
        function.kind(),
        "arrow_function" | "function_expression" | "function"
    ) {
        return false;
    }
    let Some(call) = function.parent().and_then(|args| args.parent()) else {
        return false;
    };
    if call.kind() != "call_expression" {
        return false;
    }
    let Some(path) = super::callee_path(call, src) else {
        return false;
    };
    let Some((object, method)) = path.rsplit_once('.') else {
        return false;
    };
    let object = object.rsplit('.').next().unwrap_or(object);
    if !matches!(method, "on" | "once") || !matches!(object, "socket" | "client" | "ws" | "conn") {
        return false;
    }
    let args = arguments(call);
    let event = args.first().and_then(|a| super::string_value(*a, src));
    !matches!(
        event.as_deref(),
        Some("connect" | "disconnect" | "disconnecting" | "error" | "close" | "open")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Language, parse};

    /// Taint of the first argument of the first call to `sink(...)`.
    fn sink_trace(language: Language, code: &str) -> Option<TaintTrace> {
        let file = parse("t".into(), language, code.into()).unwrap();
        let src = file.text();
        let mut target = None;
        walk(file.tree.root_node(), |n| {
            if target.is_none()
                && n.kind() == "call_expression"
                && super::super::callee_path(n, src).as_deref() == Some("sink")
            {
                target = arguments(n).first().copied();
            }
            true
        });
        let taint = JsTaint::new(&file);
        taint.trace(target.expect("sink call"))
    }

    fn js(code: &str) -> Option<String> {
        sink_trace(Language::JavaScript, code).map(|t| t.source)
    }

    fn ts(code: &str) -> Option<String> {
        sink_trace(Language::TypeScript, code).map(|t| t.source)
    }

    #[test]
    fn direct_request_properties() {
        assert_eq!(
            js("app.get('/', (req, res) => { sink(req.query.id) })").as_deref(),
            Some("req.query.id")
        );
        assert_eq!(
            js("app.get('/', (req, res) => { sink(req.headers['x-forwarded-host']) })").as_deref(),
            Some("req.headers['x-forwarded-host']")
        );
        assert_eq!(
            js("fastify.post('/', async (request, reply) => { sink(request.body) })").as_deref(),
            Some("request.body")
        );
    }

    #[test]
    fn flows_through_locals_concatenation_and_templates() {
        assert!(js("function h(req, res) { const id = req.params.id; const q = 'select ' + id; sink(q) }").is_some());
        assert!(js("function h(req, res) { const { name, other: alias } = req.body; sink(`x ${alias}`) }").is_some());
        assert!(js("function h(req, res) { let q = 'a'; q += req.query.x; sink(q) }").is_some());
        assert!(js("function h(req, res) { const u = req.query.u.trim(); sink(u) }").is_some());
        assert!(
            js("function h(req) { const id = req.params.id; return db.tx(() => sink('x' + id)) }")
                .is_some()
        );
        assert!(
            js("async function h(req) { const body = await req.json(); sink(body.url) }").is_some()
        );
        assert!(js("function h(req) { sink(path.join('/srv', req.params.file)) }").is_some());
    }

    #[test]
    fn literals_and_sanitised_values_do_not_flow() {
        assert!(js("function h(req, res) { sink('select 1') }").is_none());
        assert!(
            js("function h(req, res) { const id = parseInt(req.params.id, 10); sink('a' + id) }")
                .is_none()
        );
        assert!(
            js("function h(req, res) { const ok = req.query.x.startsWith('a'); sink(ok) }")
                .is_none()
        );
        assert!(js("function h(req, res) { let q = req.query.q; q = 'fixed'; sink(q) }").is_none());
        assert!(js("const request = require('request'); sink(request.get)").is_none());
        assert!(js("function h(req, res) { sink(process.env.DB_URL) }").is_none());
    }

    #[test]
    fn nest_decorated_parameters_and_request_types() {
        assert!(
            ts("class C { @Get() f(@Query('q') q: string) { return sink(`select ${q}`) } }")
                .is_some()
        );
        assert!(ts("class C { @Post() f(@Body() dto: Dto) { return sink(dto.name) } }").is_some());
        assert!(ts("class C { f(@Req() r: any) { return sink(r.query.x) } }").is_some());
        assert!(ts("function h(r: Request) { sink(r.body) }").is_some());
        assert!(ts("class C { f(id: string) { return sink(id) } }").is_none());
    }

    fn unconverted(language: Language, code: &str) -> Option<String> {
        let file = parse("t".into(), language, code.into()).unwrap();
        let src = file.text();
        let mut target = None;
        walk(file.tree.root_node(), |n| {
            if target.is_none()
                && n.kind() == "call_expression"
                && super::super::callee_path(n, src).as_deref() == Some("sink")
            {
                target = arguments(n).first().copied();
            }
            true
        });
        JsTaint::new(&file)
            .trace_unconverted(target.expect("sink call"))
            .map(|t| t.source)
    }

    #[test]
    fn koa_context_reads_the_request_but_not_the_response_body() {
        assert_eq!(
            js("router.get('/', async (ctx) => { sink(ctx.query.id) })").as_deref(),
            Some("ctx.query.id")
        );
        assert!(js("router.get('/:id', async (ctx) => { sink(`x${ctx.params.id}`) })").is_some());
        assert!(js("router.post('/', async (ctx) => { sink(ctx.request.body.name) })").is_some());
        assert!(js("router.get('/', async (ctx) => { sink(ctx.cookies.get('s')) })").is_some());
        assert!(js("router.get('/', async (ctx) => { sink(ctx.body) })").is_none());
        assert!(js("function f(context) { const ctx = build(); sink(ctx.query) }").is_none());
    }

    #[test]
    fn unconverted_values_keep_their_shape() {
        let u = |c: &str| unconverted(Language::JavaScript, c);
        assert_eq!(
            u("app.post('/', (req, res) => { sink(req.body) })").as_deref(),
            Some("req.body")
        );
        assert!(u("app.post('/', (req, res) => { sink(req.body.email) })").is_some());
        assert!(
            u("app.post('/', (req, res) => { const { email } = req.body; sink(email) })").is_some()
        );
        assert!(
            u("app.get('/', (req, res) => { const f = JSON.parse(req.query.f); sink(f) })")
                .is_some()
        );
        assert!(
            u("app.get('/', (req, res) => { const q = req.query.q || {}; sink(q) })").is_some()
        );
        assert!(u("app.post('/', (req, res) => { sink(String(req.body.email)) })").is_none());
        assert!(u("app.post('/', (req, res) => { sink(`${req.body.email}`) })").is_none());
        assert!(u("app.post('/', (req, res) => { sink(req.body.email.trim()) })").is_none());
        assert!(
            u("app.post('/', (req, res) => { const e = String(req.body.e); sink(e) })").is_none()
        );
        assert!(
            unconverted(
                Language::TypeScript,
                "class C { f(@Body() dto: Dto) { return sink(dto.email) } }"
            )
            .is_some()
        );
    }

    #[test]
    fn request_destructured_in_the_parameter_list() {
        assert_eq!(
            js("module.exports = () => ({ body }, res, next) => { sink(body.code) }").as_deref(),
            Some("{ body }")
        );
        assert!(js("app.get('/', ({ query: q }, res) => { sink(q.to) })").is_some());
        assert!(
            ts("const h = ({ query }: Request, res: Response) => { sink(query.to) }").is_some()
        );
        assert!(js("app.get('/', ({ app }, res) => { sink(app.locals) })").is_none());
        assert!(js("function Page({ params, title }) { sink(title) }").is_none());
        assert!(
            unconverted(
                Language::JavaScript,
                "app.post('/', ({ body }, res) => { sink(body.email) })"
            )
            .is_some()
        );
    }

    #[test]
    fn reassignment_reads_the_previous_value() {
        assert!(
            js("function h(req, res) { let c = req.query.q ?? ''; c = c.length < 9 ? c : c.substring(0, 9); sink(c) }")
                .is_some()
        );
        assert!(
            js("function h(req, res) { let q = req.query.q; q = q.trim(); sink(q) }").is_some()
        );
    }

    #[test]
    fn allow_list_ternaries_keep_only_the_default() {
        assert!(
            js("function h(req, res) { const n = req.query.n; sink(SAFE.has(n) ? n : '/') }")
                .is_none()
        );
        assert!(
            js("function h(req, res) { const e = req.query.e; const x = ['a', 'b'].includes(e) ? e : 'a'; sink(x) }")
                .is_none()
        );
        assert!(
            js("function h(req, res) { const n = req.query.n; sink(n.includes('x') ? n : '/') }")
                .is_some()
        );
    }

    #[test]
    fn conversions_and_encoders_end_the_flow() {
        // The injection rules rely on these stopping taint.
        assert!(js("function h(req, res) { sink(path.basename(req.params.f)) }").is_none());
        assert!(js("function h(req, res) { sink(encodeURIComponent(req.query.u)) }").is_none());
        assert!(js("function h(req, res) { sink(escapeHtml(req.query.n)) }").is_none());
        assert!(js("function h(req, res) { sink(DOMPurify.sanitize(req.body.html)) }").is_none());
        assert!(js("function h(req, res) { sink(Number(req.query.n)) }").is_none());
        assert!(js("function h(req, res) { const m = { a: 1 }; sink(m[req.query.k]) }").is_none());
        assert!(js("function h(req, res) { sink(req.query.q.replace(/x/g, '')) }").is_some());
    }

    #[test]
    fn socket_messages_and_hono_context() {
        assert!(
            js("io.on('connection', (socket) => { socket.on('chat', (msg) => sink(msg.text)) })")
                .is_some()
        );
        assert!(
            js("app.get('/', (c) => { const q = c.req.query('q'); return sink(q) })").is_some()
        );
    }
}
