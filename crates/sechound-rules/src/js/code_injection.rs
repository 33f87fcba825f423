use super::sinks::{imports_module, sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{arguments, callee_path, unwrap};
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
    /// ## Not reported
    /// Literal code, timers given a function (`setTimeout(() => …, req.query.delay)`), and
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

const VM_FUNCTIONS: &[&str] = &[
    "runInNewContext",
    "runInThisContext",
    "runInContext",
    "compileFunction",
];
const TIMERS: &[&str] = &["setTimeout", "setInterval", "setImmediate"];

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
        let src = cx.src();
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let name = path.rsplit('.').next().unwrap_or(&path);
        let object = path.rsplit_once('.').map(|(o, _)| o);
        let args = arguments(call);
        let (code, what) = match (name, object) {
            ("eval", None | Some("window" | "globalThis" | "global")) => {
                (args.first().copied(), "evaluates it as code")
            }
            ("Function", None | Some("window" | "globalThis" | "global")) => {
                // Any argument of `new Function(a, b, body)` is compiled.
                (
                    args.iter().copied().find(|a| cx.js_taint().is_tainted(*a)),
                    "compiles it into a function",
                )
            }
            (vm_fn, Some(module)) if VM_FUNCTIONS.contains(&vm_fn) && module.ends_with("vm") => (
                args.first().copied(),
                "runs it in the `vm` module (no security sandbox)",
            ),
            (vm_fn, None) if VM_FUNCTIONS.contains(&vm_fn) && imports_module(cx, "vm") => (
                args.first().copied(),
                "runs it in the `vm` module (no security sandbox)",
            ),
            ("Script", Some(module))
                if call.kind() == "new_expression" && module.ends_with("vm") =>
            {
                (args.first().copied(), "compiles it as a `vm.Script`")
            }
            ("Script", None) if call.kind() == "new_expression" && imports_module(cx, "vm") => {
                (args.first().copied(), "compiles it as a `vm.Script`")
            }
            (timer, None | Some("window" | "globalThis" | "global")) if TIMERS.contains(&timer) => {
                let first = args.first().copied();
                if first.is_some_and(|f| {
                    matches!(
                        unwrap(f).kind(),
                        "arrow_function" | "function_expression" | "function"
                    )
                }) {
                    return;
                }
                (first, "takes a string as code to evaluate")
            }
            _ => return,
        };
        let Some(code) = code else { return };
        let Some(flow) = tainted_flow(cx, code) else {
            return;
        };
        let sink = sink_name(call, src);
        let message = format!("{}, which {what}.", flow.describe(&sink));
        cx.report(call, message).flow(flow.raw.clone());
    }
}
