use crate::{CheckContext, CodeRule, ValueCheck, Verdict, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::python::{callee_path, keyword_arg, string_value, unwrap};
use sechound_syntax::value::Value;
use sechound_syntax::{Family, Node};

use super::secret_names::{
    Level, env_lookup, environment_branch, is_development_file, level, report_masked,
    truthy_literal,
};

declare_rule! {
    /// ## What it finds
    /// Debug mode switched on in code that ships:
    /// - Flask `app.run(debug=True)` (high when it also listens on all interfaces,
    ///   `host="0.0.0.0"`), `app.debug = True`, `app.config["DEBUG"] = True`;
    /// - `FastAPI(debug=True)`, `Starlette(debug=True)`;
    /// - Django `DEBUG = True` at module level in a settings module (a file that also sets
    ///   `INSTALLED_APPS`, `MIDDLEWARE`, `ROOT_URLCONF`, `DATABASES` or `ALLOWED_HOSTS`), and in a
    ///   config class whose name says production (`class ProductionConfig: DEBUG = True`);
    /// - a debug flag read from the environment with a truthy default
    ///   (`DEBUG = os.getenv("DEBUG", "True")`, `os.getenv("DEBUG", "1") == "1"`,
    ///   `config("DEBUG", default=True, cast=bool)`).
    ///
    /// ## Why it matters
    /// Debug pages show stack traces, source lines, settings and local variables to whoever
    /// triggers an error. The Werkzeug debugger behind `app.run(debug=True)` is an interactive
    /// Python console: reachable from the network, it runs code on the server.
    ///
    /// ## Not reported
    /// `DEBUG = False`, a module-level `DEBUG = True` in a file that is not Django settings,
    /// `suite.run(result, debug=True)` (unittest), debug read from the environment without a
    /// default or with a false one,
    /// assignments inside an `if` on the environment (`if ENV == "dev":`), and files under
    /// `tests/` or whose name marks them as development or test settings (`settings_dev.py`,
    /// `local.py`, `development.py`, `test_settings.py`). Those names are the convention for
    /// settings that never reach production; a file named otherwise is assumed to.
    ///
    /// ## Example
    /// ```python
    /// DEBUG = True                                       # reported in settings.py
    /// DEBUG = os.getenv("DJANGO_DEBUG", "False") == "True"  # fine
    /// ```
    pub struct DebugEnabled {
        id: "py.debug-enabled",
        title: "Debug mode enabled",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [489, 215],
        owasp: A05,
        effort: Minutes,
        impact: "Errors show stack traces, settings and source code to any visitor; the Werkzeug debugger additionally lets a visitor run Python on the server.",
        recommendation: "Turn debug off by default and enable it only from the environment in development, e.g. `DEBUG = os.getenv(\"DEBUG\", \"false\").lower() == \"true\"`, and never pass `debug=True` to `app.run` or the application constructor in code that is deployed.",
        verification: "Run the service with its production configuration, trigger an error (a route that raises), and check that the response is a plain 500 page without a traceback or debugger.",
    }
}

impl CodeRule for DebugEnabled {
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
        if is_development_file(&cx.file.path) || environment_branch(node, cx.src()).is_some() {
            return;
        }
        match node.kind() {
            "call" => check_call(node, cx),
            _ => check_assignment(node, cx),
        }
    }
}

fn check_call<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(path) = callee_path(call, src) else {
        return;
    };
    let Some(debug) = keyword_arg(call, src, "debug") else {
        return;
    };
    if unwrap(debug).kind() != "true" {
        check_configured_debug(call, debug, &path, cx);
        return;
    }
    match path.rsplit('.').next().unwrap_or(&path) {
        "FastAPI" | "Starlette" => {
            let name = path.rsplit('.').next().unwrap_or(&path);
            report_masked(
                cx,
                call,
                format!("`{name}(debug=True)` returns tracebacks to clients when a request fails."),
            );
        }
        // app.run(debug=True), socketio.run(app, debug=True); uvicorn/others have no `debug`.
        // Flask's `app.run` takes keywords; `suite.run(result, debug=True)` (unittest) does not.
        "run"
            if !path.starts_with("uvicorn")
                && path.contains('.')
                && (sechound_syntax::python::positional_args(call).is_empty()
                    || path.to_ascii_lowercase().contains("socketio")) =>
        {
            let public = keyword_arg(call, src, "host")
                .and_then(|h| string_value(h, src))
                .is_some_and(|h| h == "0.0.0.0" || h == "::");
            let mut message = format!(
                "`{path}(debug=True)` starts the Werkzeug debugger, an interactive console on any error page."
            );
            if public {
                message.push_str(" The server listens on all interfaces, so the console is reachable from the network.");
            }
            let finding = report_masked(cx, call, message);
            if public {
                finding.severity(Severity::High);
            }
        }
        _ => {}
    }
}

/// `FastAPI(debug=settings.DEBUG)`, `app.run(debug=config.DEBUG)`: a debug switch whose value
/// comes from another module (a settings class, a config module). It is reported here, where it
/// takes effect, when the resolved value is on by default.
fn check_configured_debug<'f>(
    call: Node<'f>,
    debug: Node<'f>,
    path: &str,
    cx: &mut CheckContext<'f>,
) {
    let name = path.rsplit('.').next().unwrap_or(path);
    let api = match name {
        "FastAPI" | "Starlette" => format!("`{name}(debug=…)`"),
        "run" if !path.starts_with("uvicorn") && path.contains('.') => format!("`{path}(debug=…)`"),
        _ => return,
    };
    let value = cx.value(debug);
    if !value.has_references() {
        return;
    }
    cx.report(
        call,
        format!("{api} takes its debug switch from configuration."),
    )
    .value_check(ValueCheck {
        value,
        judge: debug_on_by_default,
        context: api,
    });
}

/// The verdict on a resolved debug switch: on when nothing sets it (a default of `True`), or
/// always on.
fn debug_on_by_default(value: &Value, api: &str) -> Option<Verdict> {
    if let Some(variable) = value.true_by_default() {
        return Some(Verdict {
            message: format!(
                "{api} is on unless the environment variable `{variable}` is set: its default is true, so a deployment that forgets it serves tracebacks (and, with `app.run`, the Werkzeug debugger)"
            ),
            severity: None,
            confidence: Some(Confidence::Medium),
        });
    }
    let always = value
        .alternatives()
        .iter()
        .all(|v| matches!(v, Value::Bool(true)));
    always.then(|| Verdict {
        message: format!("{api} is given a debug switch that is always true"),
        severity: None,
        confidence: None,
    })
}

fn check_assignment<'f>(assignment: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    let target = match left.kind() {
        "identifier" => text(left, src).to_string(),
        "attribute"
            if left
                .field("attribute")
                .is_some_and(|a| text(a, src) == "debug") =>
        {
            // app.debug = True
            if unwrap(right).kind() == "true" && !text(left, src).starts_with("self.") {
                report_masked(
                    cx,
                    assignment,
                    format!(
                        "`{} = True` switches on the Flask debugger.",
                        text(left, src)
                    ),
                );
            }
            return;
        }
        "subscript" => {
            let key = left.field("subscript").and_then(|k| string_value(k, src));
            let on_config = left
                .field("value")
                .is_some_and(|v| text(v, src).ends_with("config"));
            if key.as_deref() == Some("DEBUG") && on_config && unwrap(right).kind() == "true" {
                report_masked(
                    cx,
                    assignment,
                    format!("`{} = True` switches on debug mode.", text(left, src)),
                );
            }
            return;
        }
        _ => return,
    };
    if target != "DEBUG" && !target.ends_with("_DEBUG") {
        return;
    }
    let (at, class) = level(assignment);
    // DEBUG = os.getenv("DEBUG", "True"), os.getenv("DEBUG", "1") == "1",
    // os.environ.get("DEBUG", "true").lower() in ("1", "true")
    if at != Level::Function
        && let Some(var) = truthy_env_default(right, src)
    {
        let finding = report_masked(
            cx,
            assignment,
            format!(
                "`{target}` is read from `{var}` with a default that turns debug on when the variable is unset."
            ),
        );
        finding.confidence(Confidence::Medium);
        return;
    }
    if target != "DEBUG" || unwrap(right).kind() != "true" {
        return;
    }
    match at {
        Level::Module if is_django_settings(cx) => {
            report_masked(
                cx,
                assignment,
                "`DEBUG = True` in Django settings shows tracebacks, settings and SQL to visitors on any error.",
            );
        }
        Level::Class => {
            let class_name = class
                .and_then(|c| c.field("name"))
                .map(|n| text(n, src))
                .unwrap_or("");
            if class_name.to_ascii_lowercase().contains("prod") {
                report_masked(
                    cx,
                    assignment,
                    format!("`DEBUG = True` in the production configuration class `{class_name}`."),
                );
            }
        }
        _ => {}
    }
}

/// A Django settings module: assigns some of the settings every project has.
fn is_django_settings(cx: &CheckContext<'_>) -> bool {
    let src = cx.src();
    named_children(cx.file.tree.root_node())
        .into_iter()
        .any(|statement| {
            statement.kind() == "expression_statement"
                && statement.named_child(0).is_some_and(|a| {
                    matches!(a.kind(), "assignment" | "augmented_assignment")
                        && a.field("left").is_some_and(|l| {
                            matches!(
                                text(l, src),
                                "INSTALLED_APPS"
                                    | "MIDDLEWARE"
                                    | "ROOT_URLCONF"
                                    | "DATABASES"
                                    | "ALLOWED_HOSTS"
                                    | "WSGI_APPLICATION"
                            )
                        })
                })
        })
}

/// The environment variable read in `value` with a truthy literal default, when `value` stays
/// truthy for that default: the lookup itself, or a comparison of it with a truthy literal.
fn truthy_env_default(value: Node<'_>, src: &str) -> Option<String> {
    let value = unwrap(value);
    let mut found = None;
    sechound_syntax::node::walk(value, |n| {
        if found.is_none()
            && n.kind() == "call"
            && let Some((var, Some(default))) = env_lookup(n, src)
            && truthy_literal(default, src)
        {
            found = Some(var);
        }
        found.is_none()
    });
    let var = found?;
    if value.kind() == "comparison_operator" {
        // `== "True"` / `in ("1", "true")` keeps the default on; `== "False"` turns it off.
        let compared_truthy = named_children(value).into_iter().skip(1).any(|operand| {
            truthy_literal(operand, src)
                || (matches!(operand.kind(), "tuple" | "list" | "set")
                    && named_children(operand)
                        .into_iter()
                        .any(|o| truthy_literal(o, src)))
        });
        let negated = text(value, src).contains("!=") || text(value, src).contains("not in");
        return (compared_truthy != negated).then_some(var);
    }
    Some(var)
}
