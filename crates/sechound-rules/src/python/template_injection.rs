use super::sinks::{file_mentions, sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::python::{callee_path, keyword_arg, method_name, positional_args, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// - Template source that carries request data: Flask `render_template_string()`,
    ///   `jinja2.Template()`, `Environment.from_string()`, Django `Template()` and
    ///   `engines[...].from_string()` (critical: Jinja2 templates reach Python objects and
    ///   run code);
    /// - request data marked as safe HTML, bypassing escaping: `Markup()`,
    ///   `markupsafe.Markup()`, Django `mark_safe()` and `SafeString()` (high, cross-site
    ///   scripting);
    /// - a Jinja2 `Environment(autoescape=False)` (medium, whatever the data): every variable
    ///   in its templates is written into the HTML unescaped.
    ///
    /// ## Why it matters
    /// Jinja2 expressions reach Python objects (`{{ cycler.__init__.__globals__.os.popen('id')
    /// .read() }}`), so template source from the client runs commands on the server. HTML
    /// marked safe is written into the page as-is: script from one user runs in the browsers of
    /// others, with their sessions.
    ///
    /// ## Not reported
    /// Constant templates with request data passed as variables
    /// (`render_template_string("Hello {{ name }}", name=name)`), `Markup("<b>%s</b>") % name`
    /// (Markup escapes what it formats), `format_html()`, values escaped first, and
    /// `Environment()` with `autoescape=True` or `select_autoescape(...)`.
    ///
    /// ## Example
    /// ```python
    /// return render_template_string(f"<h1>Hello {request.args['name']}</h1>")     # reported
    /// return render_template_string("<h1>Hello {{ name }}</h1>", name=name)       # fine
    /// ```
    pub struct TemplateInjection {
        id: "py.template-injection",
        title: "Request data used as template source or trusted HTML",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [1336, 79],
        owasp: A03,
        effort: Minutes,
        impact: "Template source from the client runs code on the server (`{{ ''.__class__.__mro__ ... }}`); HTML marked safe from the client runs script in other users' browsers.",
        recommendation: "Keep templates constant and pass values as variables: `render_template_string(\"Hello {{ name }}\", name=name)` or a template file with `render_template()`. Do not wrap client data in `Markup()`/`mark_safe()`; escape it (`markupsafe.escape`, `format_html(\"<b>{}</b>\", name)`). Create Jinja2 environments with `autoescape=select_autoescape()`.",
        verification: "Send `{{7*7}}` and `<script>alert(1)</script>` as the value and check that the response shows them literally (no `49`, escaped `&lt;script&gt;`).",
    }
}

impl CodeRule for TemplateInjection {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(name) = method_name(call, src) else {
            return;
        };
        let path = callee_path(call, src).unwrap_or_default();
        let first = || positional_args(call).first().copied();
        match name {
            "render_template_string" | "from_string" => {
                let Some(source) = first().or_else(|| keyword_arg(call, src, "source")) else {
                    return;
                };
                report_template(cx, call, source);
            }
            "Template"
                if path == "Template"
                    || path.ends_with("jinja2.Template")
                    || path.ends_with("template.Template") =>
            {
                if path == "Template"
                    && !(file_mentions(cx, "jinja2") || file_mentions(cx, "django.template"))
                {
                    // `string.Template` substitutes `$name` only and is not a template engine.
                    return;
                }
                let Some(source) = first() else { return };
                report_template(cx, call, source);
            }
            "Markup" | "mark_safe" | "SafeString" => {
                let Some(html) = first() else { return };
                let Some(flow) = tainted_flow(cx, html) else {
                    return;
                };
                let message = format!(
                    "{} and is marked as safe HTML, so it is written into the page without escaping (cross-site scripting).",
                    flow.describe(&sink_name(call, src))
                );
                cx.report(call, message)
                    .severity(Severity::High)
                    .flow(flow.raw.clone());
            }
            "Environment" | "SandboxedEnvironment"
                if path == name || path.starts_with("jinja2.") =>
            {
                if !file_mentions(cx, "jinja2") {
                    return;
                }
                if let Some(value) = keyword_arg(call, src, "autoescape")
                    && unwrap(value).kind() == "false"
                {
                    let message = format!(
                        "`{path}(autoescape=False)` writes every template variable into the output unescaped; request data shown through it becomes script in the page."
                    );
                    cx.report(call, message)
                        .severity(Severity::Medium)
                        .confidence(Confidence::Medium)
                        .recommendation("Create the environment with `autoescape=select_autoescape([\"html\", \"xml\"])` (or `True`), and mark only trusted fragments with `Markup`.");
                }
            }
            _ => {}
        }
    }
}

fn report_template<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, source: Node<'f>) {
    let Some(flow) = tainted_flow(cx, source) else {
        return;
    };
    let message = format!(
        "{} as template source: the client writes template code, which the engine runs on the server (`{{{{ ... }}}}` reaches Python objects).",
        flow.describe(&sink_name(call, cx.src()))
    );
    cx.report(call, message).flow(flow.raw.clone());
}
