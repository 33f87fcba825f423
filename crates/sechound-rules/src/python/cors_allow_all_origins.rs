use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::python::{callee_path, keyword_arg, positional_args, string_value, unwrap};
use sechound_syntax::{Family, Node};

use super::secret_names::{Level, env_lookup, level, report_masked, truthy_literal};

declare_rule! {
    /// ## What it finds
    /// A CORS policy that lets any web origin call a Python service:
    /// - Starlette/FastAPI `CORSMiddleware` (through `app.add_middleware(...)`, `Middleware(...)`
    ///   or wrapping the app) with `allow_origins=["*"]`, a catch-all `allow_origin_regex`
    ///   (`".*"`), or origins read from the environment with `"*"` as the fallback;
    /// - flask-cors `CORS(app)` / `@cross_origin()` without origins, `origins="*"`, or
    ///   `resources={r"/*": {"origins": "*"}}`;
    /// - django-cors-headers `CORS_ALLOW_ALL_ORIGINS = True` / `CORS_ORIGIN_ALLOW_ALL = True`, or a
    ///   catch-all entry in `CORS_ALLOWED_ORIGIN_REGEXES`.
    ///
    /// Severity is high when credentials are allowed too (`allow_credentials=True`,
    /// `supports_credentials=True`, `CORS_ALLOW_CREDENTIALS = True`), medium otherwise.
    ///
    /// ## Why it matters
    /// Any site a user visits can read the API's responses from the user's browser. Starlette
    /// answers a credentialed request under `allow_origins=["*"]` with the caller's own origin,
    /// so with credentials allowed the foreign site acts as the signed-in user.
    ///
    /// ## Not reported
    /// An explicit list of origins, a specific regular expression, origins read from settings or
    /// the environment without a wildcard fallback, `CORS_ALLOW_ALL_ORIGINS = False`.
    ///
    /// ## Example
    /// ```python
    /// app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)  # reported, high
    /// app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins)           # fine
    /// ```
    pub struct PyCorsAllowAllOrigins {
        id: "py.cors-allow-all-origins",
        title: "CORS allows every origin",
        severity: Medium,
        confidence: High,
        area: ApiEndpoints,
        cwe: [942],
        owasp: A05,
        effort: Minutes,
        impact: "Any website can make browsers call this API and read the responses; with credentials allowed it does so as the signed-in user.",
        recommendation: "List the trusted front-end origins explicitly, read from configuration (for example `allow_origins=settings.cors_origins` with `CORS_ORIGINS=https://app.example.com`), and enable credentials only for that list.",
        verification: "Send a request with `Origin: https://evil.example` and check that the response has no `Access-Control-Allow-Origin` for it, while a listed origin still gets its own value back.",
    }
}

impl CodeRule for PyCorsAllowAllOrigins {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "assignment"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        match node.kind() {
            "call" => check_call(node, cx),
            _ => check_django_setting(node, cx),
        }
    }
}

fn check_call<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(path) = callee_path(call, src) else {
        return;
    };
    let name = path.rsplit('.').next().unwrap_or(&path);
    let positional = positional_args(call);
    let names_cors_middleware = |n: Option<&Node<'f>>| {
        n.and_then(|n| sechound_syntax::python::dotted_path(*n, src))
            .is_some_and(|p| p.rsplit('.').next() == Some("CORSMiddleware"))
    };
    match name {
        // app.add_middleware(CORSMiddleware, ...), Middleware(CORSMiddleware, ...)
        "add_middleware" | "Middleware" if names_cors_middleware(positional.first()) => {
            check_starlette(call, cx)
        }
        // CORSMiddleware(app, allow_origins=[...])
        "CORSMiddleware" => check_starlette(call, cx),
        // flask-cors
        "CORS" | "cross_origin" => check_flask_cors(call, name, cx),
        _ => {}
    }
}

/// Why a value given as origins allows every origin.
enum Open {
    Wildcard,
    FallbackWildcard(String),
}

fn origins_open<'f>(value: Node<'f>, cx: &CheckContext<'f>) -> Option<Open> {
    let src = cx.src();
    let value = cx.py_taint().resolve(value);
    match value.kind() {
        "string" => string_value(value, src)
            .is_some_and(|v| v.split(',').any(|o| o.trim() == "*"))
            .then_some(Open::Wildcard),
        "list" | "tuple" | "set" => named_children(value)
            .into_iter()
            .any(|item| string_value(item, src).is_some_and(|v| v.trim() == "*"))
            .then_some(Open::Wildcard),
        // os.getenv("CORS_ORIGINS", "*").split(","), [o for o in ...]
        _ => {
            let mut found = None;
            sechound_syntax::node::walk(value, |n| {
                if found.is_none()
                    && n.kind() == "call"
                    && let Some((var, Some(default))) = env_lookup(n, src)
                    && string_value(default, src)
                        .is_some_and(|d| d.split(',').any(|o| o.trim() == "*"))
                {
                    found = Some(Open::FallbackWildcard(var));
                }
                found.is_none()
            });
            found
        }
    }
}

/// A regular expression that matches every origin: `.*`, `^.*$`, `https?://.*`, `.+`.
fn catch_all_regex(pattern: &str) -> bool {
    let core = pattern.trim().trim_start_matches('^').trim_end_matches('$');
    let core = core
        .strip_prefix("https?://")
        .or_else(|| core.strip_prefix("https?:\\/\\/"))
        .or_else(|| core.strip_prefix("http(s)?://"))
        .unwrap_or(core);
    matches!(core, ".*" | ".+" | "(.*)" | "*" | "")
}

fn check_starlette<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let credentials =
        keyword_arg(call, src, "allow_credentials").is_some_and(|c| truthy_literal(c, src));
    if let Some(origins) = keyword_arg(call, src, "allow_origins")
        && let Some(open) = origins_open(origins, cx)
    {
        let message = match open {
            Open::Wildcard => {
                "`CORSMiddleware` is configured with `allow_origins` containing `*`.".to_string()
            }
            Open::FallbackWildcard(var) => format!(
                "`CORSMiddleware` reads `allow_origins` from `{var}` and falls back to `*` when it is unset."
            ),
        };
        let confidence = if message.contains("falls back") {
            Confidence::Medium
        } else {
            Confidence::High
        };
        report(cx, call, message, credentials, confidence);
        return;
    }
    if let Some(regex) = keyword_arg(call, src, "allow_origin_regex")
        && string_value(cx.py_taint().resolve(regex), src).is_some_and(|r| catch_all_regex(&r))
    {
        let message = format!(
            "`CORSMiddleware` accepts every origin through `allow_origin_regex={}`.",
            text(regex, src)
        );
        report(cx, call, message, credentials, Confidence::High);
    }
}

fn check_flask_cors<'f>(call: Node<'f>, api: &str, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    // `CORS(app)` and `CORS()` (for `init_app`) both come from flask_cors; a class of the same
    // name elsewhere takes other arguments, so require flask-cors in the file.
    if !src.contains("flask_cors") {
        return;
    }
    let credentials =
        keyword_arg(call, src, "supports_credentials").is_some_and(|c| truthy_literal(c, src));
    let api_text = if api == "CORS" {
        "`CORS(...)` (flask-cors)"
    } else {
        "`@cross_origin(...)` (flask-cors)"
    };
    if let Some(origins) = keyword_arg(call, src, "origins") {
        match origins_open(origins, cx) {
            Some(Open::Wildcard) => {
                let message = format!("{api_text} allows the wildcard origin `*`.");
                report(cx, call, message, credentials, Confidence::High);
            }
            Some(Open::FallbackWildcard(var)) => {
                let message = format!(
                    "{api_text} reads its origins from `{var}` and falls back to `*` when it is unset."
                );
                report(cx, call, message, credentials, Confidence::Medium);
            }
            None => {}
        }
        return;
    }
    if let Some(resources) = keyword_arg(call, src, "resources") {
        let resources = cx.py_taint().resolve(resources);
        if resources.kind() == "dictionary" {
            for pair in named_children(resources) {
                let Some(options) = pair.field("value").map(|v| cx.py_taint().resolve(v)) else {
                    continue;
                };
                let open = if options.kind() == "dictionary" {
                    match dict_value(options, src, "origins") {
                        Some(origins) => origins_open(origins, cx).is_some(),
                        // A resource without `origins` keeps the default, `*`.
                        None => true,
                    }
                } else {
                    false
                };
                if open {
                    let path = pair.field("key").map(|k| text(k, src)).unwrap_or("?");
                    let message = format!("{api_text} allows every origin on resource {path}.");
                    report(cx, call, message, credentials, Confidence::High);
                    return;
                }
            }
            return;
        }
    }
    // No origins at all: flask-cors defaults to `*`, unless the app config sets them.
    if src.contains("CORS_ORIGINS") || src.contains("CORS_RESOURCES") {
        return;
    }
    // No origins at all: flask-cors defaults to `*`.
    let message = format!("{api_text} sets no `origins`, so flask-cors allows every origin (`*`).");
    report(cx, call, message, credentials, Confidence::High);
}

fn dict_value<'f>(dict: Node<'f>, src: &str, key: &str) -> Option<Node<'f>> {
    named_children(dict).into_iter().find_map(|pair| {
        (pair.kind() == "pair"
            && pair
                .field("key")
                .and_then(|k| string_value(k, src))
                .is_some_and(|k| k == key))
        .then(|| pair.field("value"))
        .flatten()
    })
}

/// django-cors-headers settings at module level.
fn check_django_setting<'f>(assignment: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(left) = assignment.field("left") else {
        return;
    };
    let Some(right) = assignment.field("right") else {
        return;
    };
    if left.kind() != "identifier" || level(assignment).0 != Level::Module {
        return;
    }
    let name = text(left, src);
    let message = match name {
        "CORS_ALLOW_ALL_ORIGINS" | "CORS_ORIGIN_ALLOW_ALL" if unwrap(right).kind() == "true" => {
            format!("`{name} = True` lets django-cors-headers accept every origin.")
        }
        "CORS_ALLOWED_ORIGIN_REGEXES" | "CORS_ORIGIN_REGEX_WHITELIST" => {
            let right = unwrap(right);
            let catch_all = matches!(right.kind(), "list" | "tuple")
                && named_children(right)
                    .into_iter()
                    .any(|r| string_value(r, src).is_some_and(|r| catch_all_regex(&r)));
            if !catch_all {
                return;
            }
            format!("`{name}` contains a pattern that matches every origin.")
        }
        _ => return,
    };
    let credentials = django_credentials_allowed(cx);
    report(cx, assignment, message, credentials, Confidence::High);
}

fn django_credentials_allowed(cx: &CheckContext<'_>) -> bool {
    let src = cx.src();
    let root = cx.file.tree.root_node();
    named_children(root).into_iter().any(|statement| {
        statement.kind() == "expression_statement"
            && statement.named_child(0).is_some_and(|a| {
                a.kind() == "assignment"
                    && a.field("left")
                        .is_some_and(|l| text(l, src) == "CORS_ALLOW_CREDENTIALS")
                    && a.field("right").is_some_and(|r| truthy_literal(r, src))
            })
    })
}

fn report<'f>(
    cx: &mut CheckContext<'f>,
    node: Node<'f>,
    mut message: String,
    credentials: bool,
    confidence: Confidence,
) {
    if credentials {
        message.push_str(" Credentials are allowed too.");
    }
    let finding = report_masked(cx, node, message);
    finding.confidence(confidence);
    if credentials {
        finding.severity(Severity::High);
    }
}
