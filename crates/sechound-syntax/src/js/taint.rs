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
use crate::node::NodeExt;
use crate::node::{named_children, text};
use crate::origin::CallTable;
use crate::scope::{BoundValue, Scope, Scopes, walk_body};
use crate::{CodeFile, Origin, Origins, TaintTrace};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
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
///
/// [`JsTaint::trace`] answers with request data only: a value passed in as a parameter or
/// returned by an unknown call ends the flow. [`JsTaint::origins`] also names those ends as
/// [`Origin::Param`] and [`Origin::Call`], for the semantic layer to follow across functions and
/// files. Both share the bindings collected per function.
pub struct JsTaint<'f> {
    file: &'f CodeFile,
    scopes: Scopes<'f>,
    /// Whether the query being answered names parameters and calls as origins.
    symbolic: Cell<bool>,
    calls: CallTable<'f>,
    /// Origins of identifiers already evaluated (symbolic engines only).
    memo: RefCell<HashMap<usize, Origins>>,
}

impl<'f> JsTaint<'f> {
    pub fn new(file: &'f CodeFile) -> JsTaint<'f> {
        JsTaint {
            file,
            scopes: Scopes::new(file.tree.root_node(), FUNCTION_KINDS, collect_scope),
            symbolic: Cell::new(false),
            calls: CallTable::default(),
            memo: RefCell::new(HashMap::new()),
        }
    }

    /// An engine that also reports parameters and unknown calls as origins.
    pub fn symbolic(file: &'f CodeFile) -> JsTaint<'f> {
        JsTaint::new(file)
    }

    /// Runs `query` with parameters and calls named as origins (`symbolic`) or not.
    fn in_mode<T>(&self, symbolic: bool, query: impl FnOnce() -> T) -> T {
        let before = self.symbolic.replace(symbolic);
        let answer = query();
        self.symbolic.set(before);
        answer
    }

    fn src(&self) -> &'f str {
        self.file.text()
    }

    /// Where the request data in `expr` comes from, if it carries any.
    pub fn trace(&self, expr: Node<'f>) -> Option<TaintTrace> {
        self.in_mode(false, || self.eval(expr, 0).request().cloned())
    }

    pub fn is_tainted(&self, expr: Node<'f>) -> bool {
        self.trace(expr).is_some()
    }

    /// Every origin of `expr`: request data, and with a symbolic engine the parameters and call
    /// results it is computed from.
    pub fn origins(&self, expr: Node<'f>) -> Origins {
        self.in_mode(true, || self.eval(expr, 0))
    }

    /// Like [`JsTaint::origins`], for values that must arrive unconverted (see
    /// [`JsTaint::trace_unconverted`]).
    pub fn origins_unconverted(&self, expr: Node<'f>) -> Origins {
        self.in_mode(true, || self.eval_unconverted(expr, 0))
    }

    /// The call numbered `index` by an [`Origin::Call`].
    pub fn call(&self, index: u32) -> Option<Node<'f>> {
        self.calls.get(index)
    }

    /// How many calls origins refer to so far.
    pub fn call_count(&self) -> usize {
        self.calls.len()
    }

    /// The number of `call` among the calls origins refer to, numbering it when it is new.
    pub fn number_call(&self, call: Node<'f>) -> u32 {
        self.calls.number(call)
    }

    /// Every function of the file in source order: [`Origin::Param`] numbers them this way.
    pub fn functions(&self) -> Vec<Node<'f>> {
        self.scopes.function_nodes()
    }

    /// The number of the innermost function around `node` (not `node` itself).
    pub fn function_around(&self, node: Node<'f>) -> Option<u32> {
        self.scopes
            .functions_around(node.start_byte())
            .into_iter()
            .find(|f| f.id() != node.id())
            .and_then(|f| self.scopes.function_number(f))
    }

    /// The number of `function` in [`JsTaint::functions`].
    pub fn function_number(&self, function: Node<'f>) -> Option<u32> {
        self.scopes.function_number(function)
    }

    /// True when `expr` is the request object itself (`req`, `request`, `@Req() r`, `c.req`).
    pub fn is_request_object(&self, expr: Node<'f>) -> bool {
        self.request_object(unwrap(expr), 0)
    }

    /// The values `ident` may hold at its position (its bindings in the innermost function that
    /// binds it), last one last; empty for globals and imports.
    pub fn bindings(&self, ident: Node<'f>) -> Vec<BoundValue<'f>> {
        let name = text(ident, self.src());
        self.scopes.reaching_values(ident, name, self.src())
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

    fn eval(&self, expr: Node<'f>, depth: u32) -> Origins {
        if depth > MAX_DEPTH {
            return Origins::none();
        }
        let src = self.src();
        let node = unwrap(expr);
        let next = depth + 1;
        let field = |name: &'static str| node.field(name);
        match node.kind() {
            "member_expression" | "subscript_expression" => {
                let Some(object) = field("object") else {
                    return Origins::none();
                };
                if self.request_object(unwrap(object), next) {
                    return request_member(node, src, SOURCE_PROPERTIES);
                }
                if self.koa_context(unwrap(object)) {
                    return request_member(node, src, KOA_CONTEXT_PROPERTIES);
                }
                let inner = self.eval(object, next);
                if is_chain(unwrap(object)) {
                    // A chain off a source reads as the whole chain.
                    return relocate(inner, node, src);
                }
                inner
            }
            "call_expression" => self.eval_call(node, next),
            "new_expression" => {
                let constructor = callee(node).and_then(|c| dotted_path(c, src));
                if matches!(
                    constructor.as_deref(),
                    Some("URL" | "URLSearchParams" | "String")
                ) {
                    return self.any(arguments(node), next);
                }
                Origins::none()
            }
            "binary_expression" => {
                let operator = field("operator").map(|o| text(o, src));
                let (Some(left), Some(right)) = (field("left"), field("right")) else {
                    return Origins::none();
                };
                match operator {
                    Some("+") | Some("||") | Some("??") => self.any(vec![left, right], next),
                    Some("&&") => self.eval(right, next),
                    _ => Origins::none(),
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
                let (Some(condition), Some(consequence), Some(alternative)) = (
                    field("condition"),
                    field("consequence"),
                    field("alternative"),
                ) else {
                    return Origins::none();
                };
                if allow_listed(condition, consequence, src) {
                    return self.eval(alternative, next);
                }
                self.any(vec![consequence, alternative], next)
            }
            "array" => self.any(named_children(node), next),
            "object" => self.any(
                named_children(node)
                    .into_iter()
                    .filter_map(|c| match c.kind() {
                        "pair" => c.field("value"),
                        "spread_element" | "shorthand_property_identifier" => Some(c),
                        _ => None,
                    })
                    .collect(),
                next,
            ),
            "spread_element" => node
                .named_child(0)
                .map_or_else(Origins::none, |n| self.eval(n, next)),
            "assignment_expression" => {
                field("right").map_or_else(Origins::none, |n| self.eval(n, next))
            }
            "sequence_expression" => node
                .named_child(node.named_child_count().saturating_sub(1) as u32)
                .map_or_else(Origins::none, |n| self.eval(n, next)),
            "identifier" | "shorthand_property_identifier" => self.eval_identifier(node, next),
            _ => Origins::none(),
        }
    }

    /// The origins of every node; a plain engine stops at the first request source.
    fn any(&self, nodes: Vec<Node<'f>>, depth: u32) -> Origins {
        let mut out = Origins::none();
        for node in nodes {
            out.add(self.eval(node, depth));
            if !self.symbolic.get() && !out.is_empty() {
                break;
            }
        }
        out
    }

    fn eval_call(&self, call: Node<'f>, depth: u32) -> Origins {
        let src = self.src();
        let Some(function) = callee(call).map(unwrap) else {
            return Origins::none();
        };
        if function.kind() == "member_expression" {
            let (Some(object), Some(property)) =
                (function.field("object"), function.field("property"))
            else {
                return Origins::none();
            };
            let method = text(property, src);
            if self.request_object(unwrap(object), depth) {
                return Origins::from(
                    SOURCE_METHODS
                        .contains(&method)
                        .then(|| TaintTrace::at(call, src)),
                );
            }
            if let Some(path) = dotted_path(function, src)
                && PASS_THROUGH_FUNCTIONS.contains(&path.as_str())
            {
                return self.any(arguments(call), depth);
            }
            if NON_PROPAGATING_METHODS.contains(&method) {
                return Origins::none();
            }
            // A method on tainted data (`q.trim()`, `parts.join('/')`) keeps the data, and so
            // does concatenating tainted arguments onto a string (`'a'.concat(q)`).
            let receiver = self.eval(object, depth);
            if !receiver.is_empty() {
                return receiver;
            }
            if method == "concat" || method == "replace" || method == "replaceAll" {
                return self.any(arguments(call), depth);
            }
            return self.unknown_call(call);
        }
        match dotted_path(function, src) {
            Some(name) if PASS_THROUGH_FUNCTIONS.contains(&name.as_str()) => {
                self.any(arguments(call), depth)
            }
            Some(_) => self.unknown_call(call),
            None => Origins::none(),
        }
    }

    /// A call the file cannot see into: the end of the flow, or for a symbolic engine the call's
    /// result, for the semantic layer to look up.
    fn unknown_call(&self, call: Node<'f>) -> Origins {
        if !self.symbolic.get() || !self.may_resolve(call) {
            return Origins::none();
        }
        Origins::one(Origin::Call(self.calls.number(call)))
    }

    /// Whether the linker could find the function a call invokes: a name or member chain whose
    /// root is `this`, a name the function does not bind (an import, a top-level function), an
    /// instance made with `new`, or a typed parameter. Methods of other locals (`map.get(k)`)
    /// cannot be followed.
    fn may_resolve(&self, call: Node<'f>) -> bool {
        let Some(mut root) = callee(call).map(unwrap) else {
            return false;
        };
        while root.kind() == "member_expression" {
            match root.field("object").map(unwrap) {
                Some(object) => root = object,
                None => return false,
            }
        }
        match root.kind() {
            "this" => true,
            "identifier" => match self.binding_of(root) {
                None => true,
                Some(BoundValue::Expr(value)) => {
                    let value = unwrap(value);
                    value.kind() == "new_expression"
                        || FUNCTION_KINDS.contains(&value.kind())
                        || value.kind() == "call_expression"
                            && super::callee_path(value, self.src()).as_deref() == Some("require")
                }
                Some(BoundValue::Param(param)) => param.field("type").is_some(),
                Some(BoundValue::Part(_)) => false,
            },
            _ => false,
        }
    }

    fn eval_identifier(&self, ident: Node<'f>, depth: u32) -> Origins {
        if self.symbolic.get()
            && let Some(known) = self.memo.borrow().get(&ident.id())
        {
            return known.clone();
        }
        let name = text(ident, self.src());
        let mut out = Origins::none();
        for value in self.scopes.reaching_values(ident, name, self.src()) {
            out.add(self.eval_binding(value, name, depth));
            if !self.symbolic.get() && !out.is_empty() {
                break;
            }
        }
        if self.symbolic.get() {
            self.memo.borrow_mut().insert(ident.id(), out.clone());
        }
        out
    }

    fn eval_binding(&self, value: BoundValue<'f>, name: &str, depth: u32) -> Origins {
        match value {
            BoundValue::Expr(value) | BoundValue::Part(value) => self.eval(value, depth),
            BoundValue::Param(param) => {
                if let Some(trace) = self
                    .param_source(param)
                    .or_else(|| self.destructured_request_part(param, name))
                {
                    return Origins::one(Origin::Request(trace));
                }
                self.param_origin(param)
            }
        }
    }

    /// A parameter as an origin of a symbolic engine: the function it belongs to and its
    /// position. Request objects and response objects are not values that flow.
    fn param_origin(&self, param: Node<'f>) -> Origins {
        if !self.symbolic.get() {
            return Origins::none();
        }
        let Some((function, index)) = param_position(param) else {
            return Origins::none();
        };
        let Some(function) = self.scopes.function_number(function) else {
            return Origins::none();
        };
        Origins::one(Origin::Param { function, index })
    }

    /// `body` in a handler written `({ body, query }, res) => …` or `({ query }: Request, res)`:
    /// a request property taken apart in the parameter list.
    fn destructured_request_part(&self, param: Node<'f>, name: &str) -> Option<TaintTrace> {
        let src = self.src();
        let pattern = match param.kind() {
            "required_parameter" | "optional_parameter" => param.field("pattern")?,
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
                    let left = child.field("left")?;
                    (left, left)
                }
                "pair_pattern" => {
                    let key = child.field("key")?;
                    let value = child.field("value")?;
                    let value = if value.kind() == "assignment_pattern" {
                        value.field("left")?
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
        self.in_mode(false, || self.eval_unconverted(expr, 0).request().cloned())
    }

    fn eval_unconverted(&self, expr: Node<'f>, depth: u32) -> Origins {
        if depth > MAX_DEPTH {
            return Origins::none();
        }
        let src = self.src();
        let node = unwrap(expr);
        let next = depth + 1;
        let field = |name: &'static str| node.field(name);
        match node.kind() {
            "member_expression" | "subscript_expression" => {
                let Some(object) = field("object") else {
                    return Origins::none();
                };
                if self.request_object(unwrap(object), next) || self.koa_context(unwrap(object)) {
                    return self.eval(node, next);
                }
                let inner = self.eval_unconverted(object, next);
                if is_chain(unwrap(object)) {
                    return relocate(inner, node, src);
                }
                inner
            }
            "call_expression" => {
                let Some(function) = callee(node) else {
                    return Origins::none();
                };
                if dotted_path(function, src).as_deref() == Some("JSON.parse") {
                    return arguments(node)
                        .first()
                        .map_or_else(Origins::none, |a| self.eval(*a, next));
                }
                // `await request.json()`, `c.req.query()`: the request's own readers.
                let function = unwrap(function);
                if function.kind() == "member_expression"
                    && function
                        .field("object")
                        .is_some_and(|o| self.request_object(unwrap(o), next))
                {
                    return self.eval(node, next);
                }
                Origins::none()
            }
            "binary_expression" => {
                let operator = field("operator").map(|o| text(o, src));
                match (operator, field("left"), field("right")) {
                    (Some("||") | Some("??"), Some(left), Some(right)) => {
                        let mut out = self.eval_unconverted(left, next);
                        if self.symbolic.get() || out.is_empty() {
                            out.add(self.eval_unconverted(right, next));
                        }
                        out
                    }
                    _ => Origins::none(),
                }
            }
            "ternary_expression" => {
                let mut out = Origins::none();
                for part in [field("consequence"), field("alternative")]
                    .into_iter()
                    .flatten()
                {
                    out.add(self.eval_unconverted(part, next));
                }
                out
            }
            "assignment_expression" => {
                field("right").map_or_else(Origins::none, |r| self.eval_unconverted(r, next))
            }
            "identifier" | "shorthand_property_identifier" => {
                let name = text(node, src);
                let mut out = Origins::none();
                for value in self.scopes.reaching_values(node, name, src) {
                    out.add(match value {
                        BoundValue::Expr(value) | BoundValue::Part(value) => {
                            self.eval_unconverted(value, next)
                        }
                        BoundValue::Param(param) => match self
                            .param_source(param)
                            .or_else(|| self.destructured_request_part(param, name))
                        {
                            Some(trace) => Origins::one(Origin::Request(trace)),
                            None => self.param_origin(param),
                        },
                    });
                    if !self.symbolic.get() && !out.is_empty() {
                        break;
                    }
                }
                out
            }
            _ => Origins::none(),
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
                let Some(property) = node.field("property") else {
                    return false;
                };
                let Some(object) = node.field("object") else {
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

/// A request property read as a source (`req.query`, `ctx.params`) when it is one of `sources`.
fn request_member(node: Node<'_>, src: &str, sources: &[&str]) -> Origins {
    let source = member_key(node, src).is_some_and(|p| sources.contains(&p.as_str()));
    Origins::from(source.then(|| TaintTrace::at(node, src)))
}

/// Request origins moved to `node`: a chain off a source (`req.body.user.name`) names the whole
/// chain as the place the data enters.
fn relocate(mut origins: Origins, node: Node<'_>, src: &str) -> Origins {
    let mut moved = false;
    for origin in &mut origins.0 {
        if let Origin::Request(trace) = origin
            && !moved
        {
            *trace = TaintTrace::at(node, src);
            moved = true;
        }
    }
    origins
}

/// The function a parameter belongs to and its position among the parameters.
pub(crate) fn param_position(param: Node<'_>) -> Option<(Node<'_>, u32)> {
    let parent = param.parent()?;
    if parent.kind() == "formal_parameters" {
        let function = parent.parent()?;
        let index = named_children(parent)
            .into_iter()
            .filter(|p| p.kind() != "comment")
            .position(|p| p.id() == param.id())?;
        return Some((function, index as u32));
    }
    // `x => …`: the parameter is the arrow function's own child.
    FUNCTION_KINDS
        .contains(&parent.kind())
        .then_some((parent, 0))
}

fn is_chain(node: Node<'_>) -> bool {
    matches!(node.kind(), "member_expression" | "subscript_expression")
}

/// The property name of `a.b` or `a['b']`.
fn member_key(node: Node<'_>, src: &str) -> Option<String> {
    match node.kind() {
        "member_expression" => Some(text(node.field("property")?, src).to_string()),
        "subscript_expression" => super::string_value(node.field("index")?, src),
        _ => None,
    }
}

/// Collects the parameters and the declarations and assignments of one scope, not descending into
/// nested functions (they are scopes of their own).
fn collect_scope<'t>(scope: Node<'t>, src: &str) -> Scope<'t> {
    let mut out = Scope::default();
    if FUNCTION_KINDS.contains(&scope.kind()) {
        let params = scope
            .field("parameters")
            .or_else(|| scope.field("parameter"));
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
    let body = scope.field("body").unwrap_or(scope);
    walk_body(body, FUNCTION_KINDS, is_branch, |node, branch| {
        bind_node(node, branch, src, &mut out)
    });
    out
}

/// Whether a child of a `parent_kind` node, under `field`, runs only under a condition: the
/// arms of an `if` or `?:`, loop bodies, the blocks of a `try`, `case` bodies.
fn is_branch(parent_kind: &str, field: Option<&str>, kind: &str) -> bool {
    match parent_kind {
        "if_statement" | "ternary_expression" => {
            matches!(field, Some("consequence" | "alternative"))
        }
        "for_statement" | "for_in_statement" | "while_statement" | "do_statement" => {
            field == Some("body")
        }
        "try_statement" => matches!(field, Some("body" | "handler" | "finalizer")),
        "switch_body" => matches!(kind, "switch_case" | "switch_default"),
        _ => false,
    }
}

/// The bindings one node makes: declarations, assignments (to a name, or to a field or element
/// of one, which adds to what the name holds), loop variables, and items pushed into a
/// collection.
fn bind_node<'t>(node: Node<'t>, branch: Option<(usize, usize)>, src: &str, out: &mut Scope<'t>) {
    let field = |name: &'static str| node.field(name);
    match node.kind() {
        "variable_declarator" => {
            if let (Some(name), Some(value)) = (field("name"), field("value")) {
                // A binding takes effect after its value is computed: `c = c.trim()`
                // reads the previous `c` on the right-hand side.
                bind_pattern(name, value, node.end_byte(), false, branch, src, out);
            }
        }
        kind @ ("assignment_expression" | "augmented_assignment_expression") => {
            if let (Some(left), Some(right)) = (field("left"), field("right")) {
                // `x += y` adds to what `x` held; `x = y` replaces it.
                let augments = kind == "augmented_assignment_expression";
                if is_chain(left) {
                    // `opts.path = req.query.p`: `opts` now carries the value too.
                    if let Some(root) = chain_root(left, src) {
                        out.bind_in(root, node.end_byte(), BoundValue::Part(right), true, branch);
                    }
                } else {
                    bind_pattern(left, right, node.end_byte(), augments, branch, src, out);
                }
            }
        }
        "for_in_statement" => {
            if let (Some(left), Some(right)) = (field("left"), field("right")) {
                // Elements (`of`) and keys (`in`) of client data are client data.
                bind_pattern(left, right, node.start_byte(), false, branch, src, out);
            }
        }
        "call_expression" => {
            // `items.push(x)`, `Object.assign(target, x)`: the collection now holds `x`.
            let Some(function) = callee(node).map(unwrap) else {
                return;
            };
            let args = arguments(node);
            if function.kind() != "member_expression" || args.is_empty() {
                return;
            }
            let method = function
                .field("property")
                .map(|p| text(p, src))
                .unwrap_or("");
            if dotted_path(function, src).as_deref() == Some("Object.assign") {
                if let Some(root) = chain_root(args[0], src) {
                    for arg in &args[1..] {
                        out.bind_in(root, node.end_byte(), BoundValue::Part(*arg), true, branch);
                    }
                }
                return;
            }
            // Only a collection held in a plain name: `url.searchParams.append(...)` adds a
            // query parameter, it does not make the whole URL the client's.
            let object = function.field("object").map(unwrap);
            if matches!(method, "push" | "unshift" | "add")
                && let Some(object) = object.filter(|o| o.kind() == "identifier")
            {
                let root = text(object, src);
                for arg in args {
                    out.bind_in(root, node.end_byte(), BoundValue::Part(arg), true, branch);
                }
            }
        }
        _ => {}
    }
}

/// The name a member chain starts from: `opts` for `opts.a.b` or `opts['a']`; `None` for
/// `this.x`, calls and other roots.
fn chain_root<'s>(node: Node<'_>, src: &'s str) -> Option<&'s str> {
    let mut current = unwrap(node);
    while is_chain(current) {
        current = unwrap(current.field("object")?);
    }
    (current.kind() == "identifier").then(|| text(current, src))
}

fn bind_param<'t>(param: Node<'t>, src: &str, position: usize, out: &mut Scope<'t>) {
    let pattern = match param.kind() {
        "required_parameter" | "optional_parameter" => param.field("pattern"),
        "assignment_pattern" => param.field("left"),
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
    branch: Option<(usize, usize)>,
    src: &str,
    out: &mut Scope<'t>,
) {
    if pattern.kind() == "identifier" {
        out.bind_in(
            text(pattern, src),
            position,
            BoundValue::Expr(value),
            augments,
            branch,
        );
        return;
    }
    let mut names = Vec::new();
    pattern_names(pattern, src, &mut names);
    for name in names {
        out.bind_in(&name, position, BoundValue::Part(value), augments, branch);
    }
}

/// Names introduced by a binding pattern (`a`, `{ a, b: c, ...d }`, `[e, f]`, defaults).
fn pattern_names(pattern: Node<'_>, src: &str, out: &mut Vec<String>) {
    match pattern.kind() {
        "identifier" | "shorthand_property_identifier_pattern" => {
            out.push(text(pattern, src).to_string())
        }
        "pair_pattern" => {
            if let Some(value) = pattern.field("value") {
                pattern_names(value, src, out);
            }
        }
        "assignment_pattern" | "object_assignment_pattern" => {
            if let Some(left) = pattern.field("left") {
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
        "call_expression" => dotted_path(expr.field("function")?, src)?,
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
    param.field("type").map(|t| text(t, src)).is_some_and(|t| {
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
        .field("property")
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
        "required_parameter" | "optional_parameter" => param.field("pattern"),
        "assignment_pattern" => param.field("left"),
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
        "required_parameter" | "optional_parameter" => next.field("pattern"),
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
    use crate::node::walk;
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
    fn branches_merge_instead_of_the_last_assignment_winning() {
        assert!(
            js("function h(req, res) { let x = 'a'; if (c) { x = req.query.x } sink(x) }")
                .is_some()
        );
        assert!(
            js("function h(req, res) { let x; if (c) { x = req.query.x } else { x = 'b' } sink(x) }")
                .is_some()
        );
        assert!(
            js("function h(req, res) { let x = req.query.x; if (c) { x = 'a'; sink(x) } }")
                .is_none()
        );
        assert!(js("function h(req, res) { let x = req.query.x; x = 'a'; sink(x) }").is_none());
        assert!(
            js("function h(req, res) { let x = 'a'; switch (k) { case 1: x = req.body.a; break; default: x = 'b' } sink(x) }")
                .is_some()
        );
        assert!(
            js(
                "function h(req, res) { let x = 'a'; try { x = req.query.x } catch (e) {} sink(x) }"
            )
            .is_some()
        );
    }

    #[test]
    fn field_and_collection_writes_carry_the_value() {
        assert!(
            js(
                "function h(req, res) { const opts = {}; opts.path = req.query.p; sink(opts.path) }"
            )
            .is_some()
        );
        assert!(
            js("function h(req, res) { const opts = {}; opts['a'].b = req.query.p; sink(opts) }")
                .is_some()
        );
        assert!(js("function h(req, res) { const parts = []; parts.push(req.query.p); sink(parts.join('/')) }").is_some());
        assert!(
            js("function h(req, res) { const o = {}; Object.assign(o, req.body); sink(o.x) }")
                .is_some()
        );
        assert!(
            js("function h(req, res) { const opts = {}; opts.path = 'x'; sink(opts.path) }")
                .is_none()
        );
        assert!(ts("function h(req: Request, res: Response) { const q = (req.query as any).q!; sink(q satisfies string) }").is_some());
    }

    fn symbolic(code: &str) -> Vec<Origin> {
        let file = parse("t.ts".into(), Language::TypeScript, code.into()).unwrap();
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
        JsTaint::symbolic(&file)
            .origins(target.expect("sink call"))
            .0
    }

    #[test]
    fn symbolic_engines_name_parameters_and_calls() {
        assert_eq!(
            symbolic("function find(db, name) { return sink(`select ${name}`) }"),
            [Origin::Param {
                function: 0,
                index: 1
            }]
        );
        assert_eq!(
            symbolic("const f = (a) => 1;\nconst g = async ({ id }, opts) => sink(opts.sql + id)"),
            [
                Origin::Param {
                    function: 1,
                    index: 1
                },
                Origin::Param {
                    function: 1,
                    index: 0
                }
            ]
        );
        assert_eq!(
            symbolic("function h(req, res) { const q = build(req.query.q); sink(q) }"),
            [Origin::Call(0)]
        );
        assert_eq!(
            symbolic("function h(req, res) { sink(req.query.q) }").len(),
            1
        );
        assert!(symbolic("function h() { sink('x') }").is_empty());
        // A plain engine sees none of them.
        assert!(js("function find(db, name) { return sink(`select ${name}`) }").is_none());
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
