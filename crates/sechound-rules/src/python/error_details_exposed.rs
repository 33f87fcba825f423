use crate::{CheckContext, CodeRule, ValueCheck, Verdict, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::python::{
    callee_path, decorators, dotted_path, method_name, positional_args, unwrap,
};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Application-wide exception handlers that answer the client with the exception's
    /// internals:
    /// - FastAPI/Starlette `@app.exception_handler(E)` and `app.add_exception_handler(E, fn)`,
    ///   Flask `@app.errorhandler(E)`, `@bp.app_errorhandler(E)` and
    ///   `app.register_error_handler(E, fn)`, Django REST framework's
    ///   `REST_FRAMEWORK = {"EXCEPTION_HANDLER": "app.errors.handler"}` (every exception of a
    ///   view); the handler may be defined in another module than the registration (the finding
    ///   is placed in the handler and names the registration);
    /// - whose response (a returned value, `JSONResponse(...)`, `jsonify(...)`,
    ///   `make_response(...)`, DRF `Response(data=...)`, or a variable later returned or given to
    ///   such a constructor) holds the stack trace
    ///   (`traceback.format_exc()`, `format_exception`, `format_tb`) — medium, high
    ///   confidence, whatever the exception class;
    /// - or the exception's text (`str(exc)`, `repr(exc)`, `f"{exc}"`, `exc.args`) or class name
    ///   (`type(exc).__name__`, `exc.__class__.__name__`) when the handler catches every
    ///   unhandled error (`Exception`, `BaseException`, `500`, `InternalServerError`) or database
    ///   errors (`SQLAlchemyError`, `IntegrityError`, `DatabaseError`…) — medium for the text,
    ///   low for the class name, medium confidence.
    ///
    /// Details returned only under a debug switch read from configuration (`if settings.DEBUG:`)
    /// are reported when the semantic layer resolves the switch to true by default (a settings
    /// class with `DEBUG: bool = True`, `os.getenv("DEBUG", "1")`), citing where it is defined.
    ///
    /// A global handler runs for every endpoint of the application: the finding says so instead
    /// of naming one route.
    ///
    /// ## Why it matters
    /// The message of an arbitrary exception is written for developers: a driver error carries
    /// the SQL text and constraint names, a connection error the internal host and port, a
    /// `KeyError` the name of a configuration key, a stack trace the file layout and library
    /// versions. A catch-all handler turns every bug into a disclosure to whoever triggers it.
    ///
    /// ## Not reported
    /// Handlers for `HTTPException`, `RequestValidationError` and the application's own
    /// exception classes returning `str(exc)` or `exc.detail` (those messages are written for
    /// the client); text only logged (`logger.exception(exc)`); responses built under a debug
    /// check whose switch is off unless set, or unknown (`if settings.DEBUG:` with a default of
    /// `False`); handlers local to one view (`try`/`except` in a route is
    /// left to the flow rules).
    ///
    /// ## Example
    /// ```python
    /// @app.exception_handler(Exception)
    /// async def unhandled(request, exc):
    ///     return JSONResponse(status_code=500, content={"detail": str(exc)})   # reported
    ///
    /// @app.exception_handler(Exception)
    /// async def unhandled(request, exc):
    ///     logger.exception("unhandled error", exc_info=exc)
    ///     return JSONResponse(status_code=500, content={"detail": "Internal Server Error"})  # fine
    /// ```
    pub struct ErrorDetailsExposed {
        id: "py.error-details-exposed",
        title: "Global exception handler returns error details to the client",
        severity: Medium,
        confidence: Medium,
        area: ApiEndpoints,
        cwe: [209],
        owasp: A05,
        effort: Minutes,
        impact: "Any request that makes the service fail receives the raw exception: SQL statements, table and constraint names, internal hosts, file paths or stack traces that help an attacker aim further attacks.",
        recommendation: "Log the exception server-side and answer with a fixed body and a correlation id: `logger.exception(\"unhandled\", extra={\"request_id\": rid}); return JSONResponse(status_code=500, content={\"detail\": \"Internal Server Error\", \"request_id\": rid})`. Keep `str(exc)` for the application's own exception classes whose messages are written for users.",
        verification: "Make a request fail unexpectedly (for example stop the database, or send an id that violates a constraint) and check that the 500 response carries no exception text, class name or traceback.",
    }
}

/// How much of the exception a response reveals.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Leak {
    ClassName,
    Message,
    Stack,
}

impl CodeRule for ErrorDetailsExposed {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["function_definition"]
    }

    fn check<'f>(&self, function: Node<'f>, cx: &mut CheckContext<'f>) {
        if cx.in_test_file() {
            return;
        }
        let src = cx.src();
        let Some((caught, registered_at)) = handled_class(cx, function) else {
            return;
        };
        let registered = registered_at
            .map(|place| format!(" (registered in `{place}`)"))
            .unwrap_or_default();
        let Some(exc) = exception_param(function, src) else {
            return;
        };
        let Some(body) = function.field("body") else {
            return;
        };
        let broad = is_broad(&caught);
        let returned = returned_names(body, src);
        let mut worst: Option<(Node<'f>, Leak)> = None;
        // Leaks behind a debug switch read from configuration (`if settings.DEBUG:`): judged
        // once the switch's value is resolved.
        let mut gated: Option<(Node<'f>, Leak, Node<'f>)> = None;
        walk(body, |n| {
            if matches!(
                n.kind(),
                "function_definition" | "lambda" | "class_definition"
            ) {
                return false;
            }
            if let Some(leak) = leak_of(n, exc, src)
                && (leak == Leak::Stack || broad)
                && reaches_response(n, body, &returned, src)
            {
                match debug_check(n, body, src) {
                    None if worst.is_none_or(|(_, w)| w < leak) => worst = Some((n, leak)),
                    Some(Some(switch)) if gated.is_none_or(|(_, w, _)| w < leak) => {
                        gated = Some((n, leak, switch));
                    }
                    _ => {}
                }
            }
            true
        });
        if worst.is_none()
            && let Some((node, leak, switch)) = gated
        {
            let value = cx.value(switch);
            if value.has_references() {
                let context = format!(
                    "The application-wide handler for `{caught}`{registered} answers with {} (`{}`) when `{}` is on",
                    leak_label(leak),
                    short_text(node, src, 50),
                    short_text(switch, src, 40)
                );
                cx.report(node, format!("{context}."))
                    .value_check(ValueCheck {
                        value,
                        judge: debug_on_by_default,
                        context,
                    });
            }
            return;
        }
        let Some((node, leak)) = worst else {
            return;
        };
        let what = match leak {
            Leak::Stack => "the stack trace",
            Leak::Message => "the exception's message",
            Leak::ClassName => "the exception's class name",
        };
        let scope = if catch_all(&caught) {
            "every unhandled error of every endpoint".to_string()
        } else {
            format!("every `{caught}` raised by any endpoint")
        };
        let name = function
            .field("name")
            .map(|n| text(n, src))
            .unwrap_or("handler");
        let message = format!(
            "The application-wide handler `{name}` for `{caught}`{registered} answers {scope} with {what} (`{}`).",
            short_text(node, src, 50)
        );
        let (severity, confidence) = match leak {
            Leak::Stack => (Severity::Medium, Confidence::High),
            Leak::Message => (Severity::Medium, Confidence::Medium),
            Leak::ClassName => (Severity::Low, Confidence::Medium),
        };
        cx.report(node, message)
            .severity(severity)
            .confidence(confidence);
    }
}

/// The exception class (or status) `function` is registered for as an application-wide
/// handler, by decorator or by `add_exception_handler`/`register_error_handler` in its module.
///
/// With the place of the registration when another module registers it.
fn handled_class<'f>(
    cx: &CheckContext<'f>,
    function: Node<'f>,
) -> Option<(String, Option<String>)> {
    let src = cx.src();
    for decorator in decorators(function) {
        let decorator = unwrap(decorator);
        if decorator.kind() != "call" {
            continue;
        }
        if matches!(
            method_name(decorator, src),
            Some("exception_handler" | "errorhandler" | "app_errorhandler")
        ) && let Some(first) = positional_args(decorator).first()
        {
            return Some((text(*first, src).to_string(), None));
        }
    }
    let name = text(function.field("name")?, src);
    if let Some(caught) = cx.derived(|| Registered::of(cx)).0.get(name) {
        return Some((caught.clone(), None));
    }
    // Registered by another module that imports it (`from app.errors import unhandled`,
    // `app.add_exception_handler(Exception, unhandled)` in `main.py`). Only module-level
    // functions taking the exception (and the request) can be.
    let arity = function
        .field("parameters")
        .map_or(0, |p| named_children(p).len());
    if !(1..=2).contains(&arity)
        || function.parent().is_none_or(|p| {
            let p = if p.kind() == "decorated_definition" {
                p.parent().unwrap_or(p)
            } else {
                p
            };
            p.kind() != "module"
        })
    {
        return None;
    }
    let key = (cx.file.path.clone(), name.to_string());
    let registered = cx.repo_index(|| Foreign::of(cx.repo)).0.get(&key).cloned();
    registered.map(|(caught, place)| (caught, Some(place)))
}

/// Handlers registered by a module other than the one defining them:
/// `app.add_exception_handler(Exception, unhandled)`, `app.register_error_handler(500, errors.on_500)`,
/// `app.exception_handler(Exception)(unhandled)` with the function imported from a module of the
/// repository. (defining file, function name) → (what it catches, `file:line` of the
/// registration). Built once per review from the files that mention a registration.
struct Foreign(std::collections::HashMap<(String, String), (String, String)>);

impl Foreign {
    fn of(repo: &dyn crate::RepoView) -> Foreign {
        use sechound_syntax::modules::ImportedName;
        let mut found = std::collections::HashMap::new();
        let paths = repo.paths();
        for path in paths {
            if !path.ends_with(".py") || crate::is_test_path(path) {
                continue;
            }
            let Some(text_of) = repo.read(path) else {
                continue;
            };
            if ![
                "add_exception_handler",
                "register_error_handler",
                "exception_handler(",
                "errorhandler(",
                "EXCEPTION_HANDLER",
            ]
            .iter()
            .any(|m| text_of.contains(m))
            {
                continue;
            }
            let Some(file) =
                sechound_syntax::parse(path.clone(), sechound_syntax::Language::Python, text_of)
            else {
                continue;
            };
            let src = file.text();
            let module = sechound_syntax::modules::read_file(&file);
            walk(file.tree.root_node(), |n| {
                // Django REST framework: `REST_FRAMEWORK = {"EXCEPTION_HANDLER": "app.errors.handler"}`
                // runs the handler for every exception a view raises.
                if n.kind() == "pair"
                    && n.field("key")
                        .and_then(|k| sechound_syntax::python::string_value(k, src))
                        .is_some_and(|k| k == "EXCEPTION_HANDLER")
                {
                    if let Some(dotted) = n
                        .field("value")
                        .and_then(|v| sechound_syntax::python::string_value(v, src))
                        && let Some((target_module, function)) = dotted.rsplit_once('.')
                        && let Some(defining) =
                            crate::module_files::python_module_path(target_module, path, paths)
                    {
                        let place = format!("{path}:{}", n.start_position().row + 1);
                        found
                            .entry((defining, function.to_string()))
                            .or_insert_with(|| ("Exception".to_string(), place));
                    }
                    return false;
                }
                if n.kind() != "call" {
                    return true;
                }
                let (caught, handler) = match method_name(n, src) {
                    Some("add_exception_handler" | "register_error_handler") => {
                        let args = positional_args(n);
                        if args.len() != 2 {
                            return true;
                        }
                        (args[0], args[1])
                    }
                    // `app.exception_handler(Exception)(unhandled)`
                    _ => {
                        let Some(inner) = n.field("function").filter(|f| f.kind() == "call") else {
                            return true;
                        };
                        if !matches!(
                            method_name(inner, src),
                            Some("exception_handler" | "errorhandler" | "app_errorhandler")
                        ) {
                            return true;
                        }
                        let outer = positional_args(n);
                        let (Some(first), [handler]) =
                            (positional_args(inner).first().copied(), outer.as_slice())
                        else {
                            return true;
                        };
                        (first, *handler)
                    }
                };
                let Some(written) = dotted_path(handler, src) else {
                    return true;
                };
                let mut parts = written.split('.');
                let head = parts.next().unwrap_or_default();
                let rest: Vec<&str> = parts.collect();
                let Some(import) = module.import_at(head, n.start_byte()) else {
                    return true;
                };
                // (module, function) the written name stands for.
                let target = match (&import.name, rest.as_slice()) {
                    (ImportedName::Named(name), []) => Some((import.module.clone(), name.clone())),
                    // `from app import errors` … `errors.unhandled`
                    (ImportedName::Named(name), [function]) => {
                        let sep = if import.module.ends_with('.') {
                            ""
                        } else {
                            "."
                        };
                        Some((
                            format!("{}{sep}{name}", import.module),
                            function.to_string(),
                        ))
                    }
                    (ImportedName::Namespace, [function]) => {
                        Some((import.module.clone(), function.to_string()))
                    }
                    _ => None,
                };
                let Some((target_module, function)) = target else {
                    return true;
                };
                let Some(defining) =
                    crate::module_files::python_module_path(&target_module, path, paths)
                else {
                    return true;
                };
                let place = format!("{path}:{}", n.start_position().row + 1);
                found
                    .entry((defining, function))
                    .or_insert_with(|| (text(caught, src).to_string(), place));
                true
            });
        }
        Foreign(found)
    }
}

/// The functions a module registers as application-wide handlers
/// (`app.add_exception_handler(Exc, handler)`, `app.register_error_handler(500, handler)`):
/// name → what they catch. Read once per file, not once per function.
struct Registered(std::collections::HashMap<String, String>);

impl Registered {
    fn of(cx: &CheckContext<'_>) -> Registered {
        let mut found = std::collections::HashMap::new();
        if !cx.file_contains("add_exception_handler") && !cx.file_contains("register_error_handler")
        {
            return Registered(found);
        }
        let src = cx.src();
        walk(cx.file.tree.root_node(), |n| {
            if n.kind() == "call"
                && matches!(
                    method_name(n, src),
                    Some("add_exception_handler" | "register_error_handler")
                )
            {
                let args = positional_args(n);
                if args.len() == 2
                    && let Some(handler) = dotted_path(args[1], src)
                {
                    found
                        .entry(handler)
                        .or_insert_with(|| text(args[0], src).to_string());
                }
            }
            true
        });
        Registered(found)
    }
}

/// The parameter holding the exception: the second of `(request, exc)` (FastAPI), the only one
/// of `(error)` (Flask), the first of `(exc, context)` (DRF).
fn exception_param<'s>(function: Node<'_>, src: &'s str) -> Option<&'s str> {
    let params: Vec<&str> = named_children(function.field("parameters")?)
        .into_iter()
        .filter_map(|p| match p.kind() {
            "identifier" => Some(text(p, src)),
            "typed_parameter" => p.named_child(0).map(|n| text(n, src)),
            "default_parameter" | "typed_default_parameter" => {
                p.field("name").map(|n| text(n, src))
            }
            _ => None,
        })
        .filter(|n| *n != "self")
        .collect();
    // DRF's `(exc, context)` puts the exception first.
    params
        .iter()
        .find(|p| matches!(**p, "exc" | "exception" | "e" | "ex" | "err" | "error"))
        .or(params.last())
        .copied()
}

/// Handlers for every unhandled error.
fn catch_all(caught: &str) -> bool {
    let last = caught.rsplit('.').next().unwrap_or(caught);
    matches!(
        last,
        "Exception" | "BaseException" | "500" | "InternalServerError" | "INTERNAL_SERVER_ERROR"
    )
}

/// Handlers for every error or for database errors, whose messages are not written for users.
fn is_broad(caught: &str) -> bool {
    let last = caught.rsplit('.').next().unwrap_or(caught);
    catch_all(caught)
        || [
            "SQLAlchemy",
            "Database",
            "DBAPI",
            "Integrity",
            "Operational",
            "Programming",
            "PyMongo",
            "Psycopg",
        ]
        .iter()
        .any(|w| last.contains(w))
}

/// What `node` reveals of the exception named `exc`, if it is one of the revealing forms.
fn leak_of(node: Node<'_>, exc: &str, src: &str) -> Option<Leak> {
    let is_exc = |n: Node<'_>| unwrap(n).kind() == "identifier" && text(unwrap(n), src) == exc;
    match node.kind() {
        "call" => {
            let path = callee_path(node, src).unwrap_or_default();
            if matches!(
                path.as_str(),
                "traceback.format_exc"
                    | "traceback.format_exception"
                    | "traceback.format_tb"
                    | "traceback.format_stack"
                    | "traceback.extract_tb"
                    | "format_exc"
                    | "format_exception"
                    | "format_tb"
            ) {
                return Some(Leak::Stack);
            }
            if matches!(path.as_str(), "str" | "repr")
                && positional_args(node).first().is_some_and(|a| is_exc(*a))
            {
                return Some(Leak::Message);
            }
            if method_name(node, src) == Some("format")
                && positional_args(node).iter().any(|a| is_exc(*a))
            {
                return Some(Leak::Message);
            }
            None
        }
        "interpolation" => node
            .field("expression")
            .is_some_and(is_exc)
            .then_some(Leak::Message),
        "attribute" => {
            let attribute = text(node.field("attribute")?, src);
            let object = unwrap(node.field("object")?);
            match attribute {
                "args" | "message" | "orig" | "__traceback__" if is_exc(object) => {
                    Some(if attribute == "__traceback__" {
                        Leak::Stack
                    } else {
                        Leak::Message
                    })
                }
                "__name__" | "__qualname__" => {
                    // `type(exc).__name__`, `exc.__class__.__name__`
                    let class_of = match object.kind() {
                        "call" => {
                            callee_path(object, src).as_deref() == Some("type")
                                && positional_args(object).first().is_some_and(|a| is_exc(*a))
                        }
                        "attribute" => {
                            object
                                .field("attribute")
                                .is_some_and(|a| text(a, src) == "__class__")
                                && object.field("object").is_some_and(is_exc)
                        }
                        _ => false,
                    };
                    class_of.then_some(Leak::ClassName)
                }
                _ => None,
            }
        }
        // `"%s" % exc`, `"error: {}".format(exc)` are caught through `exc` as an argument.
        "binary_operator" => {
            let operator = node.field("operator").map(|o| text(o, src));
            (operator == Some("%") && node.field("right").is_some_and(is_exc))
                .then_some(Leak::Message)
        }
        _ => None,
    }
}

const RESPONSE_CALLS: &[&str] = &[
    "JSONResponse",
    "ORJSONResponse",
    "UJSONResponse",
    "PlainTextResponse",
    "HTMLResponse",
    "Response",
    "jsonify",
    "make_response",
    "render_template",
    "HttpResponse",
    "JsonResponse",
];

/// Names the handler returns (`return JSONResponse(content=body)` → `body`), or builds its
/// response from (`response = Response(data=response_data)`).
fn returned_names<'s>(body: Node<'_>, src: &'s str) -> Vec<&'s str> {
    let mut names = Vec::new();
    walk(body, |n| {
        if n.kind() == "call"
            && callee_path(n, src)
                .is_some_and(|p| RESPONSE_CALLS.contains(&p.rsplit('.').next().unwrap_or(&p)))
            && let Some(arguments) = n.field("arguments")
        {
            for argument in named_children(arguments) {
                let value = if argument.kind() == "keyword_argument" {
                    argument.field("value")
                } else {
                    Some(argument)
                };
                if let Some(value) = value.filter(|v| v.kind() == "identifier") {
                    names.push(text(value, src));
                }
            }
        }
        if n.kind() == "return_statement" {
            walk(n, |i| match i.kind() {
                "identifier" => {
                    names.push(text(i, src));
                    true
                }
                // What picks a value (`handlers[name](exc)`, `body[key]`) is not returned;
                // neither are the arguments of a helper, only those of a response.
                "subscript" => {
                    if let Some(value) = i.field("value") {
                        walk(value, |v| {
                            if v.kind() == "identifier" {
                                names.push(text(v, src));
                            }
                            v.kind() != "call"
                        });
                    }
                    false
                }
                "call" => callee_path(i, src)
                    .is_some_and(|p| RESPONSE_CALLS.contains(&p.rsplit('.').next().unwrap_or(&p))),
                _ => true,
            });
            return false;
        }
        true
    });
    names
}

/// True when `node` ends up in what the handler sends: it is part of a returned expression or a
/// response constructor's arguments, or of a value assigned to a name that is returned; false
/// when a logging call consumes it first.
fn reaches_response(node: Node<'_>, body: Node<'_>, returned: &[&str], src: &str) -> bool {
    let mut current = node;
    while let Some(parent) = current.parent() {
        if parent.id() == body.id() {
            return false;
        }
        match parent.kind() {
            "return_statement" => return true,
            "call" => {
                let path = callee_path(parent, src).unwrap_or_default();
                let last = path.rsplit('.').next().unwrap_or("");
                let receiver_name = path.rsplit('.').nth(1).unwrap_or("").to_ascii_lowercase();
                if path == "print" || receiver_name.contains("log") {
                    return false;
                }
                if RESPONSE_CALLS.contains(&last) {
                    return true;
                }
            }
            "assignment" | "augmented_assignment" => {
                if let Some(left) = parent.field("left") {
                    let target = match left.kind() {
                        "subscript" => left.field("value").unwrap_or(left),
                        "attribute" => left.field("object").unwrap_or(left),
                        _ => left,
                    };
                    if target.kind() == "identifier" && returned.contains(&text(target, src)) {
                        return true;
                    }
                }
                return false;
            }
            _ => {}
        }
        current = parent;
    }
    false
}

/// The label of a leak in a message.
fn leak_label(leak: Leak) -> &'static str {
    match leak {
        Leak::Stack => "the stack trace",
        Leak::Message => "the exception's message",
        Leak::ClassName => "the exception's class name",
    }
}

/// The verdict on a debug switch that gates error details: reported when it is on unless the
/// environment turns it off, or always on.
fn debug_on_by_default(value: &Value, context: &str) -> Option<Verdict> {
    let message = if let Some(variable) = value.true_by_default() {
        format!(
            "{context}, and that switch is true unless the environment variable `{variable}` is set: a deployment that forgets it sends these details to every client"
        )
    } else if value
        .alternatives()
        .iter()
        .all(|v| matches!(v, Value::Bool(true)))
    {
        format!(
            "{context}, and that switch defaults to true with nothing in the code turning it off"
        )
    } else {
        return None;
    };
    Some(Verdict {
        message,
        severity: None,
        confidence: Some(Confidence::Medium),
        member: None,
    })
}

/// `None` when `node` is under no debug check; `Some(Some(switch))` under `if <switch>:` where
/// the switch is a name or an attribute (`settings.DEBUG`), `Some(None)` under any other debug or
/// development condition.
fn debug_check<'f>(node: Node<'f>, body: Node<'f>, src: &str) -> Option<Option<Node<'f>>> {
    let mut current = node;
    while let Some(parent) = current.parent() {
        if parent.id() == body.id() {
            return None;
        }
        if matches!(parent.kind(), "if_statement" | "conditional_expression")
            && let Some(condition) = if parent.kind() == "if_statement" {
                parent.field("condition")
            } else {
                named_children(parent).get(1).copied()
            }
        {
            let lower = text(condition, src).to_ascii_lowercase();
            if lower.contains("debug") || lower.contains("dev") || lower.contains("local") {
                // Only the `if` branch runs when the switch is on.
                let in_consequence = parent.field("consequence").is_some_and(|c| {
                    c.start_byte() <= node.start_byte() && node.end_byte() <= c.end_byte()
                });
                let switch = unwrap(condition);
                let simple = matches!(switch.kind(), "attribute" | "identifier")
                    && (parent.kind() != "if_statement" || in_consequence);
                return Some(simple.then_some(switch));
            }
        }
        current = parent;
    }
    None
}
