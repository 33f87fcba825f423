//! Local taint for Python: does an expression carry data from the request?
//!
//! Sources: the request objects of Flask (`request.args|form|json|values|cookies|headers|files|
//! data`), Django (`request.GET|POST|body|COOKIES|META|FILES`, DRF `request.data|query_params`)
//! and Starlette/FastAPI (`request.query_params|path_params|headers|cookies`, `await
//! request.json()`); the parameters of route handlers (FastAPI/Flask decorators, Django views
//! taking `request` first), except injected dependencies and framework objects. Values flow
//! through assignments, f-strings, `%`, `.format`, `+`, string methods and a few pass-through
//! functions, inside the enclosing functions of one file.

use super::{FUNCTION_KINDS, callee_path, decorators, dotted_path, unwrap};
use crate::node::NodeExt;
use crate::node::{named_children, text};
use crate::origin::CallTable;
use crate::scope::{BoundValue, Scope, Scopes, walk_body};
use crate::{CodeFile, Origin, Origins, TaintTrace};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use tree_sitter::Node;

const SOURCE_ATTRIBUTES: &[&str] = &[
    "args",
    "form",
    "json",
    "values",
    "cookies",
    "headers",
    "files",
    "data",
    "GET",
    "POST",
    "body",
    "COOKIES",
    "META",
    "FILES",
    "query_params",
    "path_params",
    "url",
    "full_path",
    "query_string",
    "stream",
];

const SOURCE_METHODS: &[&str] = &["get_json", "get_data", "json", "form", "body", "stream"];

/// Methods whose result no longer carries the receiver's text.
const NON_PROPAGATING_METHODS: &[&str] = &[
    "startswith",
    "endswith",
    "isdigit",
    "isnumeric",
    "isdecimal",
    "isalnum",
    "isalpha",
    "isidentifier",
    "count",
    "find",
    "rfind",
    "index",
    "rindex",
    "__len__",
    "__contains__",
];

/// Methods of `str`: the only ones a Django URL capture (a string) can be called with.
const STR_METHODS: &[&str] = &[
    "lower",
    "upper",
    "strip",
    "lstrip",
    "rstrip",
    "split",
    "rsplit",
    "replace",
    "encode",
    "title",
    "capitalize",
    "casefold",
    "format",
    "partition",
    "rpartition",
    "splitlines",
    "zfill",
    "ljust",
    "rjust",
    "center",
    "removeprefix",
    "removesuffix",
    "swapcase",
    "translate",
];

/// Functions that return their argument's data unchanged or reshaped.
const PASS_THROUGH_FUNCTIONS: &[&str] = &[
    "str",
    "bytes",
    "repr",
    "format",
    "dict",
    "list",
    "tuple",
    "unquote",
    "unquote_plus",
    "urllib.parse.unquote",
    "urllib.parse.unquote_plus",
    "parse.unquote",
    "os.path.join",
    "os.path.normpath",
    "os.path.abspath",
    "posixpath.join",
    "json.loads",
    "json.dumps",
    "base64.b64decode",
    "bytes.decode",
    "Path",
    "pathlib.Path",
    "PurePath",
];

/// Decorator methods that declare a route: their function's parameters come from the client.
const ROUTE_DECORATORS: &[&str] = &[
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "options",
    "head",
    "route",
    "api_route",
    "websocket",
];

/// Parameter types a framework injects rather than the client.
const INJECTED_TYPES: &[&str] = &[
    "Request",
    "WebSocket",
    "HTTPConnection",
    "Response",
    "BackgroundTasks",
    "Session",
    "AsyncSession",
    "SecurityScopes",
    "HttpRequest",
];

/// Default factories of FastAPI that inject server-side values.
const INJECTED_DEFAULTS: &[&str] = &["Depends", "Security"];

const REQUEST_NAMES: &[&str] = &["request", "req"];

const MAX_DEPTH: u32 = 24;

/// Answers taint questions for one Python file.
///
/// [`PyTaint::trace`] answers with request data only; [`PyTaint::origins`] also names parameters
/// and unknown calls as origins, for the semantic layer to follow across functions and files.
/// Both share the bindings collected per function.
pub struct PyTaint<'f> {
    file: &'f CodeFile,
    scopes: Scopes<'f>,
    /// Whether the query being answered names parameters and calls as origins.
    symbolic: Cell<bool>,
    calls: CallTable<'f>,
    memo: RefCell<HashMap<usize, Origins>>,
}

impl<'f> PyTaint<'f> {
    pub fn new(file: &'f CodeFile) -> PyTaint<'f> {
        PyTaint {
            file,
            scopes: Scopes::new(file.tree.root_node(), FUNCTION_KINDS, collect_scope),
            symbolic: Cell::new(false),
            calls: CallTable::default(),
            memo: RefCell::new(HashMap::new()),
        }
    }

    /// An engine that also reports parameters and unknown calls as origins.
    pub fn symbolic(file: &'f CodeFile) -> PyTaint<'f> {
        PyTaint::new(file)
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

    /// The number of `function` in [`PyTaint::functions`].
    pub fn function_number(&self, function: Node<'f>) -> Option<u32> {
        self.scopes.function_number(function)
    }

    /// True when `expr` is the request object (`request`, `self.request`, a `Request` parameter).
    pub fn is_request_object(&self, expr: Node<'f>) -> bool {
        self.request_object(unwrap(expr))
    }

    /// The values `ident` may hold at its position (its bindings in the innermost function that
    /// binds it), last one last; empty for globals and imports.
    pub fn bindings(&self, ident: Node<'f>) -> Vec<BoundValue<'f>> {
        let name = text(ident, self.src());
        self.scopes.reaching_values(ident, name, self.src())
    }

    /// Follows a name to the expression it was last assigned in this file; other expressions come
    /// back unchanged, unwrapped.
    pub fn resolve(&self, expr: Node<'f>) -> Node<'f> {
        let mut node = unwrap(expr);
        for _ in 0..4 {
            if node.kind() != "identifier" {
                break;
            }
            let name = text(node, self.src());
            match self.scopes.reaching_values(node, name, self.src()).last() {
                Some(BoundValue::Expr(value)) => node = unwrap(*value),
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
            "attribute" => {
                let Some(object) = field("object") else {
                    return Origins::none();
                };
                if self.request_object(unwrap(object)) {
                    let source = field("attribute")
                        .is_some_and(|a| SOURCE_ATTRIBUTES.contains(&text(a, src)));
                    return Origins::from(source.then(|| TaintTrace::at(node, src)));
                }
                if self.is_url_kwarg(unwrap(object)) {
                    return Origins::none();
                }
                self.eval_part(node, object, next)
            }
            "subscript" => match field("value") {
                Some(value) => self.eval_part(node, value, next),
                None => Origins::none(),
            },
            "call" => self.eval_call(node, next),
            "binary_operator" => {
                let operator = field("operator").map(|o| text(o, src));
                match (operator, field("left"), field("right")) {
                    // `/` joins paths: `BASE_DIR / name` carries `name`.
                    (Some("+") | Some("%") | Some("/"), Some(left), Some(right)) => {
                        self.any(vec![left, right], next)
                    }
                    _ => Origins::none(),
                }
            }
            "string" => self.any(
                named_children(node)
                    .into_iter()
                    .filter(|c| c.kind() == "interpolation")
                    .filter_map(|c| c.field("expression"))
                    .collect(),
                next,
            ),
            "concatenated_string" | "list" | "tuple" | "set" | "expression_list" => {
                self.any(named_children(node), next)
            }
            "dictionary" => self.any(
                named_children(node)
                    .into_iter()
                    .filter_map(|c| match c.kind() {
                        "pair" => c.field("value"),
                        "dictionary_splat" => c.named_child(0),
                        _ => None,
                    })
                    .collect(),
                next,
            ),
            // `a if condition else b`: the value is `a` or `b`, never the condition.
            "conditional_expression" => {
                let parts = named_children(node);
                self.any(
                    [parts.first(), parts.get(2)]
                        .into_iter()
                        .flatten()
                        .copied()
                        .collect(),
                    next,
                )
            }
            "boolean_operator" => match (field("left"), field("right")) {
                (Some(left), Some(right)) => self.any(vec![left, right], next),
                _ => Origins::none(),
            },
            "list_splat" | "dictionary_splat" | "named_expression" => {
                match field("value").or_else(|| node.named_child(0)) {
                    Some(value) => self.eval(value, next),
                    None => Origins::none(),
                }
            }
            // `[f(x) for x in items]`: the elements come from what is iterated and computed.
            "list_comprehension" | "generator_expression" | "set_comprehension" => {
                self.any(named_children(node), next)
            }
            "for_in_clause" => match field("right") {
                Some(right) => self.eval(right, next),
                None => Origins::none(),
            },
            "identifier" => self.eval_identifier(node, next),
            _ => Origins::none(),
        }
    }

    /// `x.attr` or `x[k]`: tainted when `x` is; a chain off a source reads as the whole chain.
    fn eval_part(&self, node: Node<'f>, base: Node<'f>, depth: u32) -> Origins {
        let mut inner = self.eval(base, depth);
        let base = unwrap(base);
        if matches!(base.kind(), "attribute" | "subscript" | "call")
            && let Some(first) = inner.0.iter_mut().find_map(|o| match o {
                Origin::Request(trace) => Some(trace),
                _ => None,
            })
        {
            *first = TaintTrace::at(node, self.src());
        }
        inner
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

    fn all_args(&self, call: Node<'f>, depth: u32) -> Origins {
        let Some(args) = call.field("arguments") else {
            return Origins::none();
        };
        self.any(
            named_children(args)
                .into_iter()
                .filter_map(|a| match a.kind() {
                    "keyword_argument" => a.field("value"),
                    "comment" => None,
                    _ => Some(a),
                })
                .collect(),
            depth,
        )
    }

    fn eval_call(&self, call: Node<'f>, depth: u32) -> Origins {
        let src = self.src();
        let Some(function) = call.field("function").map(unwrap) else {
            return Origins::none();
        };
        if function.kind() == "attribute" {
            let (Some(object), Some(attribute)) =
                (function.field("object"), function.field("attribute"))
            else {
                return Origins::none();
            };
            let method = text(attribute, src);
            if self.request_object(unwrap(object)) {
                return Origins::from(
                    SOURCE_METHODS
                        .contains(&method)
                        .then(|| TaintTrace::at(call, src)),
                );
            }
            if let Some(path) = dotted_path(function, src)
                && PASS_THROUGH_FUNCTIONS.contains(&path.as_str())
            {
                return self.all_args(call, depth);
            }
            if NON_PROPAGATING_METHODS.contains(&method) {
                return Origins::none();
            }
            if !STR_METHODS.contains(&method) && self.is_url_kwarg(unwrap(object)) {
                return Origins::none();
            }
            // `"...{}".format(x)`, `" ".join(parts)`: the receiver is a literal template.
            if matches!(method, "format" | "join" | "replace" | "format_map") {
                let args = self.all_args(call, depth);
                if !args.is_empty() {
                    return args;
                }
            }
            let receiver = self.eval_part(call, object, depth);
            if !receiver.is_empty() {
                return receiver;
            }
            return self.unknown_call(call);
        }
        match dotted_path(function, src) {
            Some(name) if PASS_THROUGH_FUNCTIONS.contains(&name.as_str()) => {
                self.all_args(call, depth)
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

    /// Whether the linker could find the function a call invokes: a name or attribute chain
    /// whose root is `self`/`cls`, a name the function does not bind (an import, a module-level
    /// function), an instance of a class, or a typed parameter.
    fn may_resolve(&self, call: Node<'f>) -> bool {
        let Some(mut root) = call.field("function").map(unwrap) else {
            return false;
        };
        while root.kind() == "attribute" {
            match root.field("object").map(unwrap) {
                Some(object) => root = object,
                None => return false,
            }
        }
        if root.kind() != "identifier" {
            return false;
        }
        let src = self.src();
        if matches!(text(root, src), "self" | "cls") {
            return true;
        }
        match self
            .scopes
            .reaching_values(root, text(root, src), src)
            .last()
        {
            None => true,
            Some(BoundValue::Expr(value)) => unwrap(*value).kind() == "call",
            Some(BoundValue::Param(param)) => param.field("type").is_some(),
            Some(BoundValue::Part(_)) => false,
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
            out.add(match value {
                BoundValue::Expr(v) | BoundValue::Part(v) => self.eval(v, depth),
                BoundValue::Param(param) => match self.param_source(param) {
                    Some(trace) => Origins::one(Origin::Request(trace)),
                    None => self.param_origin(param),
                },
            });
            if !self.symbolic.get() && !out.is_empty() {
                break;
            }
        }
        if self.symbolic.get() {
            self.memo.borrow_mut().insert(ident.id(), out.clone());
        }
        out
    }

    /// A parameter as an origin of a symbolic engine: its function and position. `self`, `cls`
    /// and request objects are not values that flow.
    fn param_origin(&self, param: Node<'f>) -> Origins {
        if !self.symbolic.get() {
            return Origins::none();
        }
        let src = self.src();
        if param_name(param, src).is_none_or(|n| matches!(n, "self" | "cls")) {
            return Origins::none();
        }
        let Some(parameters) = param.parent() else {
            return Origins::none();
        };
        let Some(function) = parameters.parent() else {
            return Origins::none();
        };
        let Some(index) = named_children(parameters)
            .into_iter()
            .filter(|p| p.kind() != "comment")
            .position(|p| p.id() == param.id())
        else {
            return Origins::none();
        };
        let Some(function) = self.scopes.function_number(function) else {
            return Origins::none();
        };
        Origins::one(Origin::Param {
            function,
            index: index as u32,
        })
    }

    /// A parameter of an undecorated Django-style view (`def view(request, slug)`). Django passes
    /// URL captures as strings, which have no data attributes: reading `f.title` means the
    /// function is a helper called with an object (`render_flatpage(request, f)`), not a view.
    fn is_url_kwarg(&self, object: Node<'f>) -> bool {
        if object.kind() != "identifier" {
            return false;
        }
        let src = self.src();
        let values = self.scopes.reaching_values(object, text(object, src), src);
        let [BoundValue::Param(param)] = values.as_slice() else {
            return false;
        };
        param
            .parent()
            .and_then(|p| p.parent())
            .is_some_and(|function| {
                function.kind() == "function_definition" && !routed_by_decorator(function, src)
            })
    }

    /// A route handler's parameter that the client supplies (path, query, body model).
    fn param_source(&self, param: Node<'f>) -> Option<TaintTrace> {
        let src = self.src();
        let function = param.parent()?.parent()?;
        if function.kind() != "function_definition" {
            return None;
        }
        if !is_route_handler(function, src) {
            return None;
        }
        let name = param_name(param, src)?;
        if matches!(name, "self" | "cls") || REQUEST_NAMES.contains(&name) {
            return None;
        }
        if let Some(annotation) = param.field("type") {
            let annotation = text(annotation, src);
            let base = annotation.rsplit('.').next().unwrap_or(annotation);
            if INJECTED_TYPES.contains(&base) || is_scalar_annotation(annotation) {
                return None;
            }
        }
        if converted_by_route(function, name, src) {
            return None;
        }
        if let Some(default) = param.field("value")
            && unwrap(default).kind() == "call"
            && callee_path(unwrap(default), src)
                .is_some_and(|c| INJECTED_DEFAULTS.contains(&c.rsplit('.').next().unwrap_or(&c)))
        {
            return None;
        }
        Some(TaintTrace::at(param, src))
    }

    fn request_object(&self, node: Node<'f>) -> bool {
        let src = self.src();
        match node.kind() {
            "identifier" => {
                let name = text(node, src);
                let values = self.scopes.reaching_values(node, name, src);
                match values.last() {
                    Some(BoundValue::Param(param)) => {
                        REQUEST_NAMES.contains(&name)
                            || param.field("type").is_some_and(|t| {
                                let t = text(t, src);
                                matches!(
                                    t.rsplit('.').next().unwrap_or(t),
                                    "Request" | "HttpRequest" | "WSGIRequest" | "WebSocket"
                                )
                            })
                    }
                    Some(_) => false,
                    None => REQUEST_NAMES.contains(&name),
                }
            }
            "attribute" => dotted_path(node, src).as_deref() == Some("self.request"),
            _ => false,
        }
    }
}

/// True for functions decorated as routes (`@app.get(...)`, `@bp.route(...)`,
/// `@router.websocket(...)`) and for Django-style views whose first parameter is `request`.
pub fn is_route_handler(function: Node<'_>, src: &str) -> bool {
    if routed_by_decorator(function, src) {
        return true;
    }
    let Some(params) = function.field("parameters") else {
        return false;
    };
    let names: Vec<&str> = named_children(params)
        .into_iter()
        .filter_map(|p| param_name(p, src))
        .collect();
    matches!(
        names.as_slice(),
        ["request", _, ..] | ["self", "request", _, ..]
    )
}

/// Types FastAPI validates and converts before the handler runs: their values cannot carry text.
const SCALAR_TYPES: &[&str] = &[
    "int",
    "float",
    "bool",
    "UUID",
    "uuid.UUID",
    "datetime",
    "date",
    "time",
    "timedelta",
    "datetime.datetime",
    "datetime.date",
    "Decimal",
    "PositiveInt",
    "NonNegativeInt",
    "conint",
];

/// `int`, `Optional[int]`, `int | None`, `Annotated[int, Query()]`, `uuid.UUID`.
fn is_scalar_annotation(annotation: &str) -> bool {
    let mut inner = annotation.trim();
    for wrapper in [
        "Optional[",
        "typing.Optional[",
        "Annotated[",
        "typing.Annotated[",
    ] {
        if let Some(rest) = inner.strip_prefix(wrapper) {
            inner = rest;
        }
    }
    let first = inner
        .split([',', '|', ']', '('])
        .next()
        .unwrap_or(inner)
        .trim();
    SCALAR_TYPES.contains(&first)
}

/// Flask/Werkzeug converters that only match digits or UUIDs: `@app.route("/items/<int:item_id>")`.
fn converted_by_route(function: Node<'_>, name: &str, src: &str) -> bool {
    decorators(function).into_iter().any(|d| {
        let d = unwrap(d);
        d.kind() == "call"
            && super::positional_args(d).first().is_some_and(|rule| {
                let rule = text(*rule, src);
                ["int", "float", "uuid"]
                    .iter()
                    .any(|conv| rule.contains(&format!("<{conv}:{name}>")))
            })
    })
}

/// `@app.get(...)`, `@bp.route(...)`, `@router.websocket(...)`.
fn routed_by_decorator(function: Node<'_>, src: &str) -> bool {
    decorators(function).into_iter().any(|d| {
        let d = unwrap(d);
        d.kind() == "call"
            && callee_path(d, src).is_some_and(|p| {
                p.contains('.') && ROUTE_DECORATORS.contains(&p.rsplit('.').next().unwrap_or(""))
            })
    })
}

fn param_name<'s>(param: Node<'_>, src: &'s str) -> Option<&'s str> {
    match param.kind() {
        "identifier" => Some(text(param, src)),
        "typed_parameter" => param.named_child(0).map(|n| text(n, src)),
        "default_parameter" | "typed_default_parameter" => {
            param.field("name").map(|n| text(n, src))
        }
        _ => None,
    }
}

fn collect_scope<'t>(scope: Node<'t>, src: &str) -> Scope<'t> {
    let mut out = Scope::default();
    if (scope.kind() == "function_definition" || scope.kind() == "lambda")
        && let Some(params) = scope.field("parameters")
    {
        for param in named_children(params) {
            if let Some(name) = param_name(param, src) {
                out.bind(name, scope.start_byte(), BoundValue::Param(param), false);
            }
        }
    }
    let body = scope.field("body").unwrap_or(scope);
    walk_body(body, &PY_SCOPE_KINDS, is_branch, |node, branch| {
        bind_node(node, branch, src, &mut out)
    });
    out
}

/// Nodes that open a scope of their own: the body walk does not enter them.
const PY_SCOPE_KINDS: [&str; 3] = ["function_definition", "lambda", "class_definition"];

/// Whether a child of a `parent_kind` node runs only under a condition: the arms of an `if`,
/// loop bodies, the blocks of a `try`, `case` arms.
fn is_branch(parent_kind: &str, _field: Option<&str>, kind: &str) -> bool {
    match parent_kind {
        "if_statement" | "for_statement" | "while_statement" | "try_statement" => matches!(
            kind,
            "block"
                | "elif_clause"
                | "else_clause"
                | "except_clause"
                | "except_group_clause"
                | "finally_clause"
        ),
        "block" => kind == "case_clause",
        _ => false,
    }
}

/// The bindings one node makes: assignments (to a name, or to an attribute or item of one,
/// which adds to what the name holds), loop variables, walrus, and items put into a collection.
fn bind_node<'t>(node: Node<'t>, branch: Option<(usize, usize)>, src: &str, out: &mut Scope<'t>) {
    // A binding takes effect after its right-hand side: in `token = decode(token)` the
    // `token` on the right still reads the previous value.
    let position = node.end_byte();
    let field = |name: &'static str| node.field(name);
    match node.kind() {
        kind @ ("assignment" | "augmented_assignment") => {
            if let (Some(left), Some(right)) = (field("left"), field("right")) {
                let augments = kind == "augmented_assignment";
                bind_target(left, right, position, augments, branch, src, out);
            }
        }
        "for_statement" => {
            if let (Some(left), Some(right)) = (field("left"), field("right")) {
                bind_parts(left, right, right.end_byte(), branch, src, out);
            }
        }
        "named_expression" => {
            if let (Some(name), Some(value)) = (field("name"), field("value")) {
                bind_target(name, value, position, false, branch, src, out);
            }
        }
        "call" => {
            // `items.append(x)`, `d.update(x)`: the collection now holds `x`.
            let Some(function) = field("function").filter(|f| f.kind() == "attribute") else {
                return;
            };
            let method = function
                .field("attribute")
                .map(|a| text(a, src))
                .unwrap_or("");
            let Some(object) = function
                .field("object")
                .filter(|o| o.kind() == "identifier")
            else {
                return;
            };
            if matches!(method, "append" | "extend" | "insert" | "add" | "update") {
                for arg in super::positional_args(node) {
                    out.bind_in(
                        text(object, src),
                        position,
                        BoundValue::Part(arg),
                        true,
                        branch,
                    );
                }
            }
        }
        _ => {}
    }
}

fn bind_target<'t>(
    target: Node<'t>,
    value: Node<'t>,
    position: usize,
    augments: bool,
    branch: Option<(usize, usize)>,
    src: &str,
    out: &mut Scope<'t>,
) {
    match target.kind() {
        "identifier" => out.bind_in(
            text(target, src),
            position,
            BoundValue::Expr(value),
            augments,
            branch,
        ),
        // `opts.path = x`, `data["k"] = x`: the object now carries `x` too.
        "attribute" | "subscript" => {
            let mut root = target;
            while matches!(root.kind(), "attribute" | "subscript") {
                match root.field("object").or_else(|| root.field("value")) {
                    Some(inner) => root = inner,
                    None => return,
                }
            }
            if root.kind() == "identifier" && !matches!(text(root, src), "self" | "cls") {
                out.bind_in(
                    text(root, src),
                    position,
                    BoundValue::Part(value),
                    true,
                    branch,
                );
            }
        }
        _ => bind_parts(target, value, position, branch, src, out),
    }
}

/// `a, b = value` and `for a, b in value`: each name holds part of the value.
fn bind_parts<'t>(
    target: Node<'t>,
    value: Node<'t>,
    position: usize,
    branch: Option<(usize, usize)>,
    src: &str,
    out: &mut Scope<'t>,
) {
    match target.kind() {
        "identifier" => out.bind_in(
            text(target, src),
            position,
            BoundValue::Part(value),
            false,
            branch,
        ),
        "pattern_list" | "tuple_pattern" | "list_pattern" | "list_splat_pattern" => {
            for child in named_children(target) {
                bind_parts(child, value, position, branch, src, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::node::walk;
    use crate::python::positional_args;
    use crate::{Language, parse};

    fn sink(code: &str) -> Option<String> {
        let file = parse("t.py".into(), Language::Python, code.into()).unwrap();
        let src = file.text();
        let mut target = None;
        walk(file.tree.root_node(), |n| {
            if target.is_none()
                && n.kind() == "call"
                && callee_path(n, src).as_deref() == Some("sink")
            {
                target = positional_args(n).first().copied();
            }
            true
        });
        PyTaint::new(&file)
            .trace(target.expect("sink call"))
            .map(|t| t.source)
    }

    #[test]
    fn flask_and_django_request_data() {
        assert_eq!(
            sink("from flask import request\n@app.route('/')\ndef f():\n    q = request.args.get('q')\n    sink(f\"select {q}\")\n").as_deref(),
            Some("request.args.get('q')")
        );
        assert!(sink("def view(request):\n    sink('a' + request.GET['x'])\n").is_some());
        assert!(sink("class V(View):\n    def get(self, request):\n        sink(self.request.GET.get('x'))\n").is_some());
        assert!(
            sink("def f(request):\n    data = json.loads(request.body)\n    sink(data['k'])\n")
                .is_some()
        );
    }

    #[test]
    fn fastapi_handler_parameters() {
        let code = "@router.get('/items/{item_id}')\nasync def read(item_id: str, q: str = Query(None), db: Session = Depends(get_db), request: Request = None):\n    sink(\"select * from t where id = '%s'\" % item_id)\n";
        assert!(sink(code).is_some());
        let injected =
            "@router.get('/x')\nasync def read(db: Session = Depends(get_db)):\n    sink(db)\n";
        assert!(sink(injected).is_none());
        let body = "@app.post('/u')\nasync def create(user: UserIn):\n    sink('x {}'.format(user.name))\n";
        assert!(sink(body).is_some());
        let starlette = "async def h(request: Request):\n    body = await request.json()\n    sink(body['url'])\n";
        assert!(sink(starlette).is_some());
    }

    #[test]
    fn path_joins_and_sanitizers() {
        assert!(
            sink("def view(request):\n    p = BASE_DIR / request.GET['f']\n    sink(p)\n")
                .is_some()
        );
        assert!(
            sink("def view(request):\n    p = os.path.join(BASE, request.GET['f'])\n    sink(p)\n")
                .is_some()
        );
        assert!(
            sink("def view(request):\n    p = os.path.basename(request.GET['f'])\n    sink(p)\n")
                .is_none()
        );
        assert!(
            sink("def view(request):\n    p = secure_filename(request.GET['f'])\n    sink(p)\n")
                .is_none()
        );
        assert!(
            sink("def view(request):\n    p = shlex.quote(request.GET['f'])\n    sink(p)\n")
                .is_none()
        );
        assert!(sink("@app.route('/f/<name>')\ndef f(name):\n    sink(name.strip())\n").is_some());
        assert!(
            sink("@app.route('/f')\ndef f():\n    u = request.args.get('u', '')\n    sink(u)\n")
                .is_some()
        );
    }

    #[test]
    fn object_parameters_of_view_helpers_do_not_flow() {
        assert!(sink("def render_page(request, f):\n    sink(f.content)\n").is_none());
        assert!(sink("@csrf_protect\ndef render_page(request, f):\n    sink(f.title)\n").is_none());
        assert!(sink("def detail(request, slug):\n    sink(slug.upper())\n").is_some());
        assert!(sink("def has_perm(self, request, view):\n    sink(view.get_path())\n").is_none());
        assert!(
            sink("@app.post('/u')\ndef create(user: UserIn):\n    sink(user.name)\n").is_some()
        );
    }

    #[test]
    fn reassignment_from_itself_keeps_the_data() {
        let code = "def view(request):\n    token = request.COOKIES.get('t')\n    token = base64.b64decode(token)\n    sink(token)\n";
        assert!(sink(code).is_some());
        let code = "def view(request):\n    q = request.GET['q']\n    q = q.strip()\n    sink(q)\n";
        assert!(sink(code).is_some());
    }

    #[test]
    fn converted_route_parameters_do_not_flow() {
        assert!(
            sink(
                "@app.get('/i/{i}')\ndef f(i: int, q: Optional[int] = None):\n    sink(f'{i}{q}')\n"
            )
            .is_none()
        );
        assert!(
            sink("@app.get('/i')\ndef f(q: Annotated[int, Query()]):\n    sink(q)\n").is_none()
        );
        assert!(sink("@app.get('/i')\ndef f(q: int | None = None):\n    sink(q)\n").is_none());
        assert!(
            sink("@app.route('/i/<int:item_id>')\ndef f(item_id):\n    sink(item_id)\n").is_none()
        );
        assert!(sink("@app.route('/i/<item_id>')\ndef f(item_id):\n    sink(item_id)\n").is_some());
        assert!(sink("@app.get('/i')\ndef f(q: str | None = None):\n    sink(q)\n").is_some());
    }

    #[test]
    fn branches_fields_and_collections() {
        assert!(sink("def view(request):\n    x = 'a'\n    if c:\n        x = request.GET['x']\n    sink(x)\n").is_some());
        assert!(sink("def view(request):\n    if c:\n        x = request.GET['x']\n    else:\n        x = 'b'\n    sink(x)\n").is_some());
        assert!(sink("def view(request):\n    x = request.GET['x']\n    if c:\n        x = 'a'\n        sink(x)\n").is_none());
        assert!(sink("def view(request):\n    opts = {}\n    opts['path'] = request.GET['p']\n    sink(opts)\n").is_some());
        assert!(sink("def view(request):\n    o = Opts()\n    o.path = request.GET['p']\n    sink(o.path)\n").is_some());
        assert!(sink("def view(request):\n    parts = []\n    parts.append(request.GET['p'])\n    sink(' '.join(parts))\n").is_some());
        assert!(sink("def view(request):\n    ids = [i for i in request.GET.getlist('i')]\n    sink(ids)\n").is_some());
        assert!(
            sink("def view(request):\n    opts = {}\n    opts['path'] = 'x'\n    sink(opts)\n")
                .is_none()
        );
    }

    #[test]
    fn symbolic_engines_name_parameters_and_calls() {
        let origins = |code: &str| {
            let file = parse("t.py".into(), Language::Python, code.into()).unwrap();
            let src = file.text();
            let mut target = None;
            walk(file.tree.root_node(), |n| {
                if target.is_none()
                    && n.kind() == "call"
                    && callee_path(n, src).as_deref() == Some("sink")
                {
                    target = positional_args(n).first().copied();
                }
                true
            });
            PyTaint::symbolic(&file).origins(target.unwrap()).0
        };
        assert_eq!(
            origins("def find(self, db, name):\n    return sink(f'select {name}')\n"),
            [Origin::Param {
                function: 0,
                index: 2
            }]
        );
        assert_eq!(
            origins("def view(request):\n    q = build(request.GET['q'])\n    sink(q)\n"),
            [Origin::Call(0)]
        );
        assert!(origins("def f(self):\n    sink(self)\n").is_empty());
    }

    #[test]
    fn literals_and_plain_functions_do_not_flow() {
        assert!(sink("def f():\n    sink('select 1')\n").is_none());
        assert!(sink("def helper(name):\n    sink(f'select {name}')\n").is_none());
        assert!(
            sink("def view(request):\n    n = int(request.GET['n'])\n    sink('a %d' % n)\n")
                .is_none()
        );
        assert!(
            sink("def view(request):\n    q = request.GET['q']\n    q = 'fixed'\n    sink(q)\n")
                .is_none()
        );
        assert!(
            sink("def view(request):\n    ok = request.GET['q'].startswith('a')\n    sink(ok)\n")
                .is_none()
        );
    }
}
