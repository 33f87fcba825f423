use crate::{CheckContext, CodeRule, ValueCheck, Verdict, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee_path, dotted_path, method_name, receiver, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{ancestor, named_children, short_text, text};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Error internals sent back to the HTTP client from a `catch` block, an Express error
    /// handler (`(err, req, res, next)`), a promise `.catch(err => …)` callback or a NestJS
    /// exception filter's `catch(exception, host)`:
    /// - the stack trace: `res.json({ stack: err.stack })`, `res.send(err.stack)` — medium, high
    ///   confidence;
    /// - the raw error object: `res.json(err)`, `res.status(500).send({ error: err })` — medium,
    ///   medium confidence (native `Error`s serialise to `{}`, but database and HTTP-client
    ///   errors carry enumerable fields such as the SQL text, constraint names or the upstream
    ///   request with its headers);
    /// - only the message (`err.message`, `String(err)`) in a response that is not a 4xx — low
    ///   severity and low confidence: many messages are harmless, but database and library
    ///   messages reveal table names, hosts and file paths.
    ///
    /// Response calls are `res.json/send/end/write`, `res.status(…).json(…)`, `ctx.body = …` (Koa)
    /// and Fastify's `reply.send({ … })`.
    ///
    /// ## Why it matters
    /// Stack traces and driver errors map the service for an attacker: file layout, library
    /// versions, SQL statements and schema, internal host names. They make injection and
    /// targeted exploits much easier to build.
    ///
    /// ## Not reported
    /// Test code (`*.spec.*`, `*.test.*`, `__tests__/`, `test/`, `e2e/`).
    /// Anything under a development check (`NODE_ENV !== 'production'`, `isDev`,
    /// `app.get('env') === 'development'`, as in the express-generator handler); messages in
    /// explicit 4xx responses (validation errors are meant to be read); Fastify's
    /// `reply.send(err)`, which goes through Fastify's own error serializer (status and message,
    /// no stack).
    ///
    /// ## Example
    /// ```js
    /// } catch (err) { res.status(500).json({ error: err.message, stack: err.stack }); } // reported
    /// } catch (err) { logger.error(err); res.status(500).json({ error: 'Internal error' }); } // fine
    /// ```
    pub struct ErrorDetailsExposed {
        id: "js.error-details-exposed",
        title: "Error details are returned to the client",
        severity: Medium,
        confidence: High,
        area: ApiEndpoints,
        cwe: [209],
        owasp: A05,
        effort: Minutes,
        impact: "Stack traces and raw errors reveal file paths, dependencies, SQL and internal hosts, which helps an attacker craft targeted attacks.",
        recommendation: "Log the error server-side and answer with a generic body and a correlation id: `logger.error({ err, requestId }); res.status(500).json({ error: 'Internal Server Error', requestId })`. Return details only behind an explicit development check.",
        verification: "Trigger a failure (for example with a malformed id or a stopped database) with `NODE_ENV=production` and check that the response has no stack, SQL or internal message.",
    }
}

/// How much of an error a response reveals.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Exposure {
    Message,
    RawObject,
    Stack,
}

impl CodeRule for ErrorDetailsExposed {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "new_expression", "assignment_expression"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        let (body, fastify, status) = match node.kind() {
            "call_expression" => {
                let Some((fastify, status)) = response_call(node, src) else {
                    return;
                };
                let Some(body) = arguments(node).first().copied() else {
                    return;
                };
                (body, fastify, status)
            }
            // NestJS: `throw new InternalServerErrorException(err.message)` answers with it.
            "new_expression" => {
                let Some(status) = nest_exception_status(node, src) else {
                    return;
                };
                let Some(body) = arguments(node).first().copied() else {
                    return;
                };
                (body, false, status)
            }
            _ => {
                // Koa: ctx.body = { … }
                let Some(left) = node.field("left") else {
                    return;
                };
                if !matches!(
                    dotted_path(left, src).as_deref(),
                    Some("ctx.body" | "ctx.response.body")
                ) {
                    return;
                }
                let Some(right) = node.field("right") else {
                    return;
                };
                (right, false, None)
            }
        };
        let mut found: Option<(Exposure, Node<'f>, String)> = None;
        exposures(body, src, 0, &mut |exposure, at, name| {
            if found.as_ref().is_none_or(|(e, _, _)| exposure > *e) {
                found = Some((exposure, at, name.to_string()));
            }
        });
        let Some((exposure, at, error)) = found else {
            return;
        };
        // Fastify serialises a bare error itself (status and message, no stack).
        if fastify && exposure == Exposure::RawObject && unwrap(body).kind() == "identifier" {
            return;
        }
        // 4xx answers are meant to explain the request's fault (validation errors); a stack
        // trace is never needed there either, so that is still reported.
        if exposure != Exposure::Stack && status.is_some_and(|s| (400..500).contains(&s)) {
            return;
        }
        match under_development_check(at, node, src) {
            DevCheck::None => {}
            DevCheck::Quiet => return,
            DevCheck::Switch(switch) => {
                debug_gated(node, at, exposure, &error, switch, cx);
                return;
            }
        }
        let message = match exposure {
            Exposure::Stack => {
                format!("The stack trace of `{error}` is sent to the client in this response.")
            }
            Exposure::RawObject => format!(
                "The error object `{error}` is sent to the client as is; driver and HTTP-client errors carry SQL, hosts or request details."
            ),
            Exposure::Message => {
                format!(
                    "The internal message of `{error}` is sent to the client in this error response."
                )
            }
        };
        // An Express error handler (`(err, req, res, next)`, wherever it is defined and
        // however it is imported into `app.use`) answers for every route that fails.
        let message = if express_error_handler(at, &error, src) {
            format!(
                "{message} This is an Express error handler: every route whose error reaches it answers this way."
            )
        } else {
            message
        };
        let finding = cx.report(node, message);
        finding.related(at);
        match exposure {
            Exposure::Stack => {}
            Exposure::RawObject => {
                finding.confidence(Confidence::Medium);
            }
            Exposure::Message => {
                finding.severity(Severity::Low).confidence(Confidence::Low);
            }
        }
    }
}

/// For `res.json(...)`, `res.status(500).send(...)`, `reply.code(500).send(...)`: whether it is
/// Fastify's `reply` and the status code if the chain sets a literal one.
fn response_call(call: Node<'_>, src: &str) -> Option<(bool, Option<u16>)> {
    let method = method_name(call, src)?;
    if !matches!(method, "json" | "send" | "end" | "write" | "jsonp") {
        return None;
    }
    let mut object = unwrap(receiver(call)?);
    let mut status = None;
    while object.kind() == "call_expression" {
        let name = method_name(object, src)?;
        if matches!(name, "status" | "code" | "sendStatus") {
            status = arguments(object)
                .first()
                .and_then(|a| text(*a, src).parse::<u16>().ok());
        } else if !matches!(name, "type" | "set" | "header" | "contentType") {
            return None;
        }
        object = unwrap(receiver(object)?);
    }
    let path = dotted_path(object, src)?;
    let last = path.rsplit('.').next()?;
    let fastify = matches!(last, "reply" | "rep");
    matches!(last, "res" | "response" | "resp" | "reply" | "rep" | "ctx")
        .then_some((fastify, status))
}

/// For a NestJS server-error exception (`InternalServerErrorException`, `HttpException(x, 500)`),
/// the status it answers with when known.
fn nest_exception_status(new: Node<'_>, src: &str) -> Option<Option<u16>> {
    let constructor = dotted_path(sechound_syntax::js::callee(new)?, src)?;
    match constructor.rsplit('.').next()? {
        "InternalServerErrorException" => Some(Some(500)),
        "BadGatewayException" => Some(Some(502)),
        "ServiceUnavailableException" => Some(Some(503)),
        "HttpException" => Some(
            arguments(new)
                .get(1)
                .and_then(|a| text(*a, src).parse::<u16>().ok()),
        ),
        _ => None,
    }
}

/// Walks a response body and reports what it exposes of an error variable.
fn exposures<'f>(
    expr: Node<'f>,
    src: &str,
    depth: u32,
    found: &mut dyn FnMut(Exposure, Node<'f>, &str),
) {
    if depth > 6 {
        return;
    }
    let node = unwrap(expr);
    let next = depth + 1;
    match node.kind() {
        "identifier" | "shorthand_property_identifier" if is_error_variable(node, src) => {
            found(Exposure::RawObject, node, text(node, src));
        }
        "member_expression" => {
            let (Some(object), Some(property)) = (node.field("object"), node.field("property"))
            else {
                return;
            };
            let object = unwrap(object);
            if object.kind() != "identifier" || !is_error_variable(object, src) {
                return;
            }
            match text(property, src) {
                "stack" => found(Exposure::Stack, node, text(object, src)),
                "message" | "sqlMessage" | "detail" => {
                    found(Exposure::Message, node, text(object, src))
                }
                "errors" | "original" | "sql" | "parent" | "response" | "config" => {
                    found(Exposure::RawObject, node, text(object, src))
                }
                _ => {}
            }
        }
        "call_expression" => {
            let path = callee_path(node, src).unwrap_or_default();
            let args = arguments(node);
            if path == "String" || path.ends_with(".toString") {
                let target = if path == "String" {
                    args.first().copied()
                } else {
                    node.field("function").and_then(|f| f.field("object"))
                };
                if let Some(target) = target.map(unwrap)
                    && target.kind() == "identifier"
                    && is_error_variable(target, src)
                {
                    found(Exposure::Message, node, text(target, src));
                }
            } else if path == "JSON.stringify" {
                for arg in args {
                    exposures(arg, src, next, found);
                }
            }
        }
        "template_string" => {
            for sub in named_children(node)
                .into_iter()
                .filter(|c| c.kind() == "template_substitution")
            {
                if let Some(inner) = sub.named_child(0).map(unwrap) {
                    if inner.kind() == "identifier" && is_error_variable(inner, src) {
                        found(Exposure::Message, inner, text(inner, src));
                    } else {
                        exposures(inner, src, next, found);
                    }
                }
            }
        }
        "binary_expression" => {
            let operator = node.field("operator").map(|o| text(o, src));
            // Comparisons and `instanceof` give booleans; only `+` (text) and the value
            // operators pass the error on.
            let concatenates = operator == Some("+");
            if !concatenates && !matches!(operator, Some("||" | "??" | "&&")) {
                return;
            }
            for side in ["left", "right"] {
                if let Some(n) = node.child_by_field_name(side).map(unwrap) {
                    if concatenates && n.kind() == "identifier" && is_error_variable(n, src) {
                        found(Exposure::Message, n, text(n, src));
                    } else {
                        exposures(n, src, next, found);
                    }
                }
            }
        }
        "object" => {
            for child in named_children(node) {
                match child.kind() {
                    "pair" => {
                        if let Some(value) = child.field("value") {
                            exposures(value, src, next, found);
                        }
                    }
                    "shorthand_property_identifier" => exposures(child, src, next, found),
                    "spread_element" => {
                        if let Some(inner) = child.named_child(0) {
                            exposures(inner, src, next, found);
                        }
                    }
                    _ => {}
                }
            }
        }
        "ternary_expression" => {
            for branch in ["consequence", "alternative"] {
                if let Some(n) = node.child_by_field_name(branch) {
                    exposures(n, src, next, found);
                }
            }
        }
        _ => {}
    }
}

/// True when `ident` names a caught error: a `catch (e)` parameter, the first parameter of an
/// Express error handler or a NestJS filter's `catch`, or the parameter of a `.catch(e => …)`.
fn is_error_variable(ident: Node<'_>, src: &str) -> bool {
    let name = text(ident, src);
    let mut current = ident.parent();
    while let Some(node) = current {
        match node.kind() {
            "catch_clause"
                if node
                    .field("parameter")
                    .is_some_and(|p| text(p, src) == name) =>
            {
                return true;
            }
            kind if FUNCTION_KINDS.contains(&kind) => {
                let params = node
                    .field("parameters")
                    .map(named_children)
                    .or_else(|| node.field("parameter").map(|p| vec![p]))
                    .unwrap_or_default();
                let first = params.first().map(|p| param_name(*p, src));
                if first.as_deref() == Some(name) {
                    let error_handler = params.len() == 4;
                    let nest_filter = node.kind() == "method_definition"
                        && node.field("name").is_some_and(|n| text(n, src) == "catch");
                    let promise_catch =
                        node.parent().and_then(|a| a.parent()).is_some_and(|call| {
                            call.kind() == "call_expression"
                                && method_name(call, src) == Some("catch")
                        });
                    return error_handler || nest_filter || promise_catch;
                }
                if params.iter().any(|p| param_name(*p, src) == name) {
                    return false;
                }
            }
            _ => {}
        }
        current = node.parent();
    }
    false
}

fn param_name(param: Node<'_>, src: &str) -> String {
    let pattern = match param.kind() {
        "required_parameter" | "optional_parameter" => param.field("pattern").unwrap_or(param),
        _ => param,
    };
    text(pattern, src).to_string()
}

/// Words in a condition that mark a development-only branch.
fn is_development_condition(condition: &str) -> bool {
    let lower = condition.to_ascii_lowercase();
    lower.contains("node_env")
        || lower.contains("development")
        || lower.contains("production")
        || lower.contains("isdev")
        || lower.contains("isprod")
        || lower.contains("debug")
        || lower.contains("get('env')")
        || lower.contains("get(\"env\")")
}

/// Whether error details are sent only under a development check.
enum DevCheck<'f> {
    /// No such check.
    None,
    /// Under a check of the environment (`NODE_ENV !== 'production'`) or one that is not a
    /// plain switch.
    Quiet,
    /// Only when a debug switch read from configuration is on (`if (config.debug)`,
    /// `process.env.DEBUG && err.stack`): judged by the switch's value.
    Switch(Node<'f>),
}

/// Whether `at` (inside the response `sink`) is only reached under a development check: a
/// ternary or `&&` around it in the body, or an `if` around the response.
fn under_development_check<'f>(at: Node<'f>, sink: Node<'f>, src: &str) -> DevCheck<'f> {
    let mut current = at.parent();
    let mut inner = at;
    while let Some(node) = current {
        let (condition, taken) = match node.kind() {
            "ternary_expression" => (
                node.field("condition"),
                node.field("consequence")
                    .is_some_and(|c| c.id() == inner.id()),
            ),
            "binary_expression" if node.field("operator").is_some_and(|o| text(o, src) == "&&") => {
                (
                    node.field("left"),
                    node.field("right").is_some_and(|r| r.id() == inner.id()),
                )
            }
            "if_statement" => (
                node.field("condition"),
                node.field("consequence")
                    .is_some_and(|c| c.id() == inner.id()),
            ),
            kind if FUNCTION_KINDS.contains(&kind) => break,
            _ => (None, false),
        };
        if let Some(condition) = condition
            && is_development_condition(text(condition, src))
        {
            return match debug_switch(condition, src) {
                Some(switch) if taken => DevCheck::Switch(switch),
                _ => DevCheck::Quiet,
            };
        }
        inner = node;
        current = node.parent();
    }
    // An early return for production before the response: `if (isProd) return res.json(generic)`.
    let early_return = ancestor(at, FUNCTION_KINDS).is_some_and(|function| {
        let before = &src[function.start_byte()..sink.start_byte()];
        before.contains("NODE_ENV === 'production'") && before.contains("return")
    });
    if early_return {
        DevCheck::Quiet
    } else {
        DevCheck::None
    }
}

/// The switch of a debug condition that is only a switch (`config.debug`, `isDebug`,
/// `process.env.DEBUG`, in parentheses): not a comparison, not an environment name check.
fn debug_switch<'f>(condition: Node<'f>, src: &str) -> Option<Node<'f>> {
    let switch = unwrap(condition);
    let lower = text(switch, src).to_ascii_lowercase();
    (matches!(switch.kind(), "identifier" | "member_expression")
        && lower.contains("debug")
        && !lower.contains("node_env"))
    .then_some(switch)
}

/// Details sent only when the debug switch `switch` is on: reported when the switch is on by
/// default (here, or once the linker resolves it in a configuration module).
fn debug_gated<'f>(
    sink: Node<'f>,
    at: Node<'f>,
    exposure: Exposure,
    error: &str,
    switch: Node<'f>,
    cx: &mut CheckContext<'f>,
) {
    let src = cx.src();
    let what = match exposure {
        Exposure::Stack => format!("the stack trace of `{error}`"),
        Exposure::RawObject => format!("the error object `{error}`"),
        Exposure::Message => format!("the internal message of `{error}`"),
    };
    let context = format!(
        "This response sends {what} to the client when `{}` is on",
        short_text(switch, src, 40)
    );
    let (severity, confidence) = match exposure {
        Exposure::Stack | Exposure::RawObject => (Severity::Medium, Confidence::Medium),
        Exposure::Message => (Severity::Low, Confidence::Low),
    };
    let value = cx.value(switch);
    if value.has_references() {
        cx.report(sink, format!("{context}."))
            .value_check(ValueCheck {
                value,
                judge: debug_on_by_default,
                context,
            })
            .related(at)
            .severity(severity)
            .confidence(confidence);
    } else if let Some(verdict) = debug_on_by_default(&value, &context) {
        cx.report(sink, format!("{}.", verdict.message))
            .related(at)
            .severity(severity)
            .confidence(confidence);
    }
}

/// The verdict on a debug switch that gates error details: reported when it is on unless the
/// environment turns it off, or always on. A switch derived from the deployment environment's
/// name (`NODE_ENV`) is left to the environment.
fn debug_on_by_default(value: &Value, context: &str) -> Option<Verdict> {
    let environment_name = |name: &str| {
        let upper = name.to_ascii_uppercase();
        !upper.contains("DEBUG") && upper.contains("ENV")
    };
    let message = if let Some(variable) = value.true_by_default() {
        if environment_name(variable) {
            return None;
        }
        format!(
            "{context}, and that switch is true unless the environment variable `{variable}` is set: a deployment that forgets it sends these details to every client"
        )
    } else if !value.alternatives().is_empty()
        && value
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
        confidence: None,
        member: None,
    })
}

/// True when `error` (read at `at`) is the first parameter of an Express error handler around
/// it: a function of four parameters.
fn express_error_handler(at: Node<'_>, error: &str, src: &str) -> bool {
    let mut scope = at;
    while let Some(function) = ancestor(scope, FUNCTION_KINDS) {
        let params = function
            .field("parameters")
            .map(named_children)
            .unwrap_or_default();
        if params.iter().any(|p| param_name(*p, src) == error) {
            return params.len() == 4
                && params.first().is_some_and(|p| param_name(*p, src) == error);
        }
        scope = function;
    }
    false
}
