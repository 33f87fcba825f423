use crate::{CheckContext, CodeRule, ValueCheck, Verdict, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{arguments, callee_path, object_property, string_value, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A CORS policy that lets any web origin call the API:
    /// - `cors()` with no options (the `cors` package then answers `Access-Control-Allow-Origin: *`);
    /// - `origin: '*'`, `origin: true` (reflects whatever `Origin` the browser sends), or an
    ///   origin taken from the environment with `'*'` as its fallback;
    /// - an origin callback that accepts every origin without looking at it;
    /// - NestJS `app.enableCors()` without options, `NestFactory.create(..., { cors: true })`;
    /// - `@fastify/cors` and socket.io servers configured the same way;
    /// - a handler setting `Access-Control-Allow-Origin: *` by hand, or echoing the request's
    ///   `Origin` header.
    ///
    /// Severity is high when credentials are allowed too (`credentials: true` or an
    /// `Access-Control-Allow-Credentials: true` header), medium otherwise.
    ///
    /// ## Why it matters
    /// Any site a user visits can read the API's responses from the user's browser. With
    /// credentials allowed, that site acts as the logged-in user (cookies are sent).
    ///
    /// ## Not reported
    /// An explicit list of origins, a regular expression, a function that checks the origin
    /// against a list, or an origin read from configuration without a wildcard fallback.
    ///
    /// ## Example
    /// ```js
    /// app.use(cors({ origin: true, credentials: true }));              // reported, high
    /// app.use(cors({ origin: ['https://app.example.com'] }));          // fine
    /// ```
    pub struct CorsAllowAllOrigins {
        id: "js.cors-allow-all-origins",
        title: "CORS allows every origin",
        severity: Medium,
        confidence: High,
        area: ApiEndpoints,
        cwe: [942],
        owasp: A05,
        effort: Minutes,
        impact: "Any website can make browsers call this API and read the responses; with credentials allowed it does so as the signed-in user.",
        recommendation: "Replace the wildcard with an explicit allow-list of trusted origins read from configuration (for example `origin: config.corsOrigins`), and allow credentials only for those origins.",
        verification: "Send a request with `Origin: https://evil.example` and check that the response carries no `Access-Control-Allow-Origin` for it; a listed origin still gets its own value back.",
    }
}

/// Why an options object allows every origin.
enum Open {
    Wildcard,
    Reflects,
    FallbackWildcard(String),
    CallbackAcceptsAll,
    Default,
}

impl Open {
    fn describe(&self, api: &str) -> String {
        match self {
            Open::Wildcard => format!("{api} allows the wildcard origin `*`."),
            Open::Reflects => format!("{api} reflects any request origin (`origin: true`)."),
            Open::FallbackWildcard(var) => {
                format!(
                    "{api} takes its origin from `{var}` and falls back to `*` when it is unset."
                )
            }
            Open::CallbackAcceptsAll => {
                format!(
                    "{api} uses an origin callback that accepts every origin without checking it."
                )
            }
            Open::Default => {
                format!("{api} sets no origin restriction, so every origin is allowed.")
            }
        }
    }

    fn confidence(&self) -> Confidence {
        match self {
            Open::FallbackWildcard(_) | Open::CallbackAcceptsAll => Confidence::Medium,
            _ => Confidence::High,
        }
    }
}

impl CodeRule for CorsAllowAllOrigins {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "new_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let args = arguments(call);
        let name = path.rsplit('.').next().unwrap_or(&path);
        match name {
            // cors(), cors(options)
            "cors" if call.kind() == "call_expression" => {
                let finding = match args.first() {
                    None => Some((Open::Default, None)),
                    Some(options) => {
                        let resolved = cx.js_taint().resolve(*options);
                        let open = open_origin(resolved, cx);
                        if open.is_none() {
                            check_configured(call, *options, "`cors()`", cx);
                        }
                        open.map(|open| (open, Some(resolved)))
                    }
                };
                if let Some((open, options)) = finding {
                    report(cx, call, &open, "`cors()`", options);
                }
            }
            // app.enableCors(), app.enableCors({ origin: '*' })
            "enableCors" => {
                let finding = match args.first() {
                    None => Some((Open::Default, None)),
                    Some(options) => {
                        let resolved = cx.js_taint().resolve(*options);
                        let open = open_origin(resolved, cx);
                        if open.is_none() {
                            check_configured(call, *options, "`enableCors()`", cx);
                        }
                        open.map(|open| (open, Some(resolved)))
                    }
                };
                if let Some((open, options)) = finding {
                    report(cx, call, &open, "`enableCors()`", options);
                }
            }
            // NestFactory.create(AppModule, { cors: true | {...} })
            "create" if path.ends_with("NestFactory.create") => {
                if let Some(options) = args.get(1).map(|o| cx.js_taint().resolve(*o))
                    && let Some(cors) = object_property(options, src, "cors")
                {
                    let cors = cx.js_taint().resolve(cors);
                    if cors.kind() == "true" {
                        report(
                            cx,
                            call,
                            &Open::Default,
                            "`NestFactory.create` with `cors: true`",
                            None,
                        );
                    } else if let Some(open) = open_origin(cors, cx) {
                        report(cx, call, &open, "NestJS CORS options", Some(cors));
                    }
                }
            }
            // fastify.register(cors, { origin: '*' })
            "register" => {
                let is_cors_plugin = args.first().is_some_and(|plugin| {
                    let plugin = text(unwrap(*plugin), src);
                    plugin.to_ascii_lowercase().contains("cors")
                });
                if is_cors_plugin
                    && let Some(options) = args.get(1).map(|o| cx.js_taint().resolve(*o))
                    && let Some(open) = open_origin(options, cx)
                {
                    report(cx, call, &open, "The Fastify CORS plugin", Some(options));
                }
            }
            // new Server(http, { cors: { origin: '*' } }) from socket.io
            "Server" if call.kind() == "new_expression" => {
                if let Some(options) = args.get(1).map(|o| cx.js_taint().resolve(*o))
                    && let Some(cors) = object_property(options, src, "cors")
                {
                    let cors = cx.js_taint().resolve(cors);
                    if let Some(open) = open_origin(cors, cx) {
                        report(
                            cx,
                            call,
                            &open,
                            "The socket.io server's CORS policy",
                            Some(cors),
                        );
                    }
                }
            }
            // res.setHeader('Access-Control-Allow-Origin', '*'), res.set({...}), reply.header(...)
            "setHeader" | "header" | "set" | "append" | "writeHead" => {
                check_manual_header(call, cx)
            }
            _ => {}
        }
    }
}

/// Why `options` (a CORS options object) allows every origin, if it does.
fn open_origin<'f>(options: Node<'f>, cx: &CheckContext<'f>) -> Option<Open> {
    let src = cx.src();
    if options.kind() != "object" {
        return None;
    }
    let Some(origin) = object_property(options, src, "origin") else {
        // `{ credentials: true }` without an origin keeps the permissive default.
        return (!sechound_syntax::js::object_has_spread(options)).then_some(Open::Default);
    };
    let origin = cx.js_taint().resolve(origin);
    match origin.kind() {
        "true" => Some(Open::Reflects),
        "string" | "template_string" => {
            (string_value(origin, src)?.trim() == "*").then_some(Open::Wildcard)
        }
        "binary_expression" => {
            let operator = text(origin.field("operator")?, src);
            let right = origin.field("right")?;
            let left = origin.field("left")?;
            if matches!(operator, "||" | "??")
                && string_value(right, src).is_some_and(|v| v.trim() == "*")
            {
                let var = sechound_syntax::js::env_var_name(left, src)
                    .unwrap_or_else(|| text(left, src).to_string());
                return Some(Open::FallbackWildcard(var));
            }
            None
        }
        "arrow_function" | "function_expression" | "function" => {
            callback_accepts_all(origin, src).then_some(Open::CallbackAcceptsAll)
        }
        _ => None,
    }
}

/// CORS options (or their `origin`) taken from another module: `cors(config.cors)`,
/// `cors({ origin: config.corsOrigins })`. Reported here, where the policy takes effect, when the
/// resolved configuration allows every origin.
fn check_configured<'f>(call: Node<'f>, options: Node<'f>, api: &str, cx: &mut CheckContext<'f>) {
    let value = cx.value(options);
    if !value.has_references() {
        return;
    }
    cx.report(
        call,
        format!("{api} takes its CORS policy from configuration."),
    )
    .value_check(ValueCheck {
        value,
        judge: configured_policy_open,
        context: api.to_string(),
    });
}

/// The verdict on resolved CORS options: an origin that can be `'*'` (or a list holding it) or
/// `true` (reflect any origin); high when credentials are allowed too.
fn configured_policy_open(options: &Value, api: &str) -> Option<Verdict> {
    let Value::Object(members) = options else {
        return None;
    };
    let origin = members
        .iter()
        .rev()
        .find(|(k, _)| k == "origin")
        .map(|(_, v)| v)?;
    let how = if origin.can_be_str("*") {
        format!(
            "allows every origin: the configured origin can be {}",
            origin.describe()
        )
    } else if origin.can_be_true() {
        "reflects whatever `Origin` the browser sends: the configured origin can be `true`"
            .to_string()
    } else {
        return None;
    };
    let credentials = members
        .iter()
        .any(|(k, v)| k == "credentials" && v.can_be_true());
    let mut message = format!("{api} {how}");
    if credentials {
        message.push_str(", and credentials are allowed too");
    }
    Some(Verdict {
        message,
        severity: credentials.then_some(Severity::High),
        confidence: Some(Confidence::Medium),
    })
}

/// An origin callback `(origin, cb) => cb(null, true)` that never reads `origin`.
fn callback_accepts_all(function: Node<'_>, src: &str) -> bool {
    let Some(params) = function.field("parameters") else {
        return false;
    };
    let names: Vec<&str> = named_children(params)
        .iter()
        .map(|p| text(*p, src))
        .collect();
    let Some(origin_name) = names.first() else {
        return false;
    };
    let Some(body) = function.field("body") else {
        return false;
    };
    let mut reads_origin = false;
    let mut allows = false;
    walk(body, |n| {
        if n.kind() == "identifier" && text(n, src) == *origin_name {
            reads_origin = true;
        }
        if n.kind() == "call_expression" {
            let args = arguments(n);
            if args.len() == 2 && args[1].kind() == "true" {
                allows = true;
            }
        }
        true
    });
    allows && !reads_origin
}

fn credentials_allowed(options: Option<Node<'_>>, src: &str) -> bool {
    options
        .and_then(|o| object_property(o, src, "credentials"))
        .is_some_and(|c| c.kind() == "true")
}

fn report<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    open: &Open,
    api: &str,
    options: Option<Node<'f>>,
) {
    let with_credentials = credentials_allowed(options, cx.src());
    let mut message = open.describe(api);
    if with_credentials {
        message.push_str(" Credentials are allowed too.");
    }
    let confidence = open.confidence();
    let finding = cx.report(call, message);
    finding.confidence(confidence);
    if with_credentials {
        finding.severity(Severity::High);
    }
}

const ALLOW_ORIGIN: &str = "access-control-allow-origin";
const ALLOW_CREDENTIALS: &str = "access-control-allow-credentials";

/// `res.setHeader('Access-Control-Allow-Origin', '*' | req.headers.origin)` and the object forms.
fn check_manual_header<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let args = arguments(call);
    let mut value = None;
    if let [name, v, ..] = args.as_slice()
        && string_value(*name, src).is_some_and(|n| n.eq_ignore_ascii_case(ALLOW_ORIGIN))
    {
        value = Some(*v);
    } else if let Some(headers) = args.iter().find(|a| unwrap(**a).kind() == "object") {
        for pair in named_children(unwrap(*headers)) {
            if pair.kind() == "pair"
                && sechound_syntax::js::pair_key(pair, src)
                    .is_some_and(|k| k.eq_ignore_ascii_case(ALLOW_ORIGIN))
            {
                value = pair.field("value");
            }
        }
    }
    let Some(value) = value else { return };
    let open = if string_value(value, src).is_some_and(|v| v.trim() == "*") {
        Open::Wildcard
    } else if cx
        .js_taint()
        .trace(value)
        .is_some_and(|t| t.source.to_ascii_lowercase().contains("origin"))
        && !checks_origin_against_list(call, src)
    {
        Open::Reflects
    } else {
        return;
    };
    let with_credentials = sets_credentials_nearby(call, src);
    let mut message = match open {
        Open::Wildcard => "The response header `Access-Control-Allow-Origin` is set to `*` by hand.".to_string(),
        _ => "The response header `Access-Control-Allow-Origin` echoes the request's `Origin` without checking it.".to_string(),
    };
    if with_credentials {
        message.push_str(" `Access-Control-Allow-Credentials: true` is set too.");
    }
    let finding = cx.report(call, message);
    if matches!(open, Open::Reflects) {
        finding.confidence(Confidence::Medium);
    }
    if with_credentials {
        finding.severity(Severity::High);
    }
}

/// True when the function around `call` compares the origin with a list before echoing it
/// (`allowed.includes(origin) ? origin : allowed[0]`).
fn checks_origin_against_list(call: Node<'_>, src: &str) -> bool {
    let Some(function) = sechound_syntax::js::enclosing_function(call) else {
        return false;
    };
    let body = text(function, src);
    [
        ".includes(",
        ".indexOf(",
        ".has(",
        ".test(",
        ".some(",
        ".find(",
    ]
    .iter()
    .any(|check| body.contains(check))
}

/// True when the function around `call` also sets `Access-Control-Allow-Credentials: true`.
fn sets_credentials_nearby(call: Node<'_>, src: &str) -> bool {
    let scope = sechound_syntax::js::enclosing_function(call).unwrap_or_else(|| {
        let mut root = call;
        while let Some(p) = root.parent() {
            root = p;
        }
        root
    });
    let scope_text = text(scope, src).to_ascii_lowercase();
    scope_text.contains(ALLOW_CREDENTIALS)
        && scope_text
            .split(ALLOW_CREDENTIALS)
            .skip(1)
            .any(|rest| rest.chars().take(40).collect::<String>().contains("true"))
}
