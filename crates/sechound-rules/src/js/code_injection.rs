use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data evaluated as JavaScript:
    /// - `eval(…)`;
    /// - `new Function(…)` / `Function(…)` with a request value in the body or parameter names;
    /// - Node's `vm` module: `vm.runInNewContext`, `runInThisContext`, `runInContext`,
    ///   `compileFunction`, `new vm.Script(…)` (the `vm` module is not a sandbox);
    /// - `setTimeout` / `setInterval` / `setImmediate` given a string instead of a function.
    ///
    /// ## Why it matters
    /// The client's text runs inside the server process: it can read environment secrets, use
    /// `require('child_process')`, and take over the host.
    ///
    /// Code of unknown origin (not a constant, configuration or a converted value) given to
    /// `eval`, `Function` or the `vm` module inside a request handler is reported as a sink
    /// finding: low confidence, every such call of a file folded into one.
    ///
    /// ## Not reported
    /// Code outside request handlers whose value does not come from the request (bundlers,
    /// template compilers and test runners build code on purpose), literal code, timers given
    /// a function (`setTimeout(() => …, req.query.delay)`), and
    /// values converted first (`Number(x)`) — use `JSON.parse` to read data, never `eval`.
    ///
    /// ## Example
    /// ```js
    /// app.post('/calc', (req, res) => {
    ///   res.json({ result: eval(req.body.expression) });   // reported
    /// });
    /// ```
    pub struct CodeInjection {
        id: "js.code-injection",
        title: "Request data evaluated as code",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [94, 95],
        owasp: A03,
        effort: Hours,
        impact: "Whoever sends the request runs JavaScript inside the server process, with access to its secrets, files and network.",
        recommendation: "Do not evaluate request text. Parse data with `JSON.parse`, map a requested operation to a fixed table of functions (`const ops = { add, sub }; ops[name]` after checking `Object.hasOwn(ops, name)`), or use a real expression parser (for example `expr-eval` or `mathjs` `evaluate` with a limited scope). Pass functions, not strings, to timers.",
        verification: "Send `process.exit(1)` or `require('child_process').execSync('id')` as the value and check that the service rejects it and keeps running.",
    }
}

/// The `Code` rows of the sink table; numbers carry no code.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Code,
    sanitizers: &[],
};

impl CodeRule for CodeInjection {
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
