use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Template source compiled at run time from request data: `ejs.render(src)` and
    /// `ejs.compile(src)`, `pug.render/compile`, `nunjucks.renderString/compile` and `new
    /// nunjucks.Template(src)`, `Handlebars.compile`, lodash and underscore `_.template`, doT,
    /// dust, Eta and Velocity. Followed through local variables and across functions and files.
    ///
    /// Template source of unknown origin (not a constant or configuration) compiled inside a
    /// request handler is reported as a sink finding: low confidence, folded per file.
    ///
    /// ## Why it matters
    /// EJS, Pug, lodash and doT compile templates to JavaScript: a
    /// `<%= process.mainModule.require("child_process").execSync("id") %>` in the source runs
    /// commands on the server.
    /// Nunjucks and Handlebars expressions reach constructors and escape their sandboxes.
    ///
    /// ## Not reported
    /// Constant templates with request data passed as values, `res.render(view, locals)`, and
    /// templates read from the project's own files outside request handlers.
    ///
    /// ## Example
    /// ```js
    /// res.send(ejs.render(`<h1>Hello ${req.query.name}</h1>`));          // reported
    /// res.send(ejs.render("<h1>Hello <%= name %></h1>", { name: req.query.name })); // fine
    /// ```
    pub struct TemplateInjection {
        id: "js.template-injection",
        title: "Request data compiled as a server-side template",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [1336, 94],
        owasp: A03,
        effort: Minutes,
        impact: "Template source from the client runs code on the server: EJS, Pug, lodash and Handlebars templates compile to JavaScript with access to the process.",
        recommendation: "Keep templates in files or constants and pass request values as data: `ejs.render(TEMPLATE, { name })`, `res.render(\"page\", { name })`. Never compile a template whose text the client supplies.",
        verification: "Send `<%= 7*7 %>`, `#{7*7}` and `{{7*7}}` as the value and check that the response shows them literally, never `49`.",
    }
}

/// The `Ssti` rows of the sink table, and what makes a value safe for them.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Ssti,
    // Template files the service reads are its own templates.
    sanitizers: &["readFileSync", "readFile"],
};

impl CodeRule for TemplateInjection {
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
        check(cx, call, &SPEC);
    }
}
