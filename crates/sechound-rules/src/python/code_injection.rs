use super::sinks::tainted_flow;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::python::{callee_path, keyword_arg, positional_args};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data passed to `eval()`, `exec()` or `compile()` (also as `builtins.eval` and
    /// friends) or to Pillow's `ImageMath.eval()`, directly or through a string built around it.
    ///
    /// ## Why it matters
    /// The server runs the client's text as Python: `__import__('os').system(...)` gives the
    /// client a shell on the server.
    ///
    /// ## Not reported
    /// `ast.literal_eval()` (it only reads literals), `re.compile()`, methods named `eval`
    /// on other objects (`model.eval()`), and code built only from constants.
    ///
    /// ## Example
    /// ```python
    /// result = eval(request.args["expr"])              # reported
    /// result = ast.literal_eval(request.args["expr"])  # fine
    /// ```
    pub struct CodeInjection {
        id: "py.code-injection",
        title: "Request data executed as Python code",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [95],
        owasp: A03,
        effort: Hours,
        impact: "A client can run arbitrary Python inside the service: read its secrets and files, run commands, and change data.",
        recommendation: "Do not evaluate client text. Parse data with `json.loads()` or `ast.literal_eval()`, and map client choices to code through a fixed dictionary (`OPERATIONS[name](a, b)`); for arithmetic use a small expression parser that only knows numbers and operators.",
        verification: "Send `__import__('os').getpid()` as the value and check that the request is rejected or the text comes back unevaluated.",
    }
}

impl CodeRule for CodeInjection {
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
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let name = match path.as_str() {
            "eval" | "builtins.eval" => "eval",
            "exec" | "builtins.exec" => "exec",
            "compile" | "builtins.compile" => "compile",
            "execfile" => "execfile",
            // Pillow evaluates the expression with Python's `eval` (CVE-2022-22817 and later).
            "ImageMath.eval" | "PIL.ImageMath.eval" | "ImageMath.unsafe_eval" => "ImageMath.eval",
            _ => return,
        };
        let Some(code) = positional_args(call)
            .first()
            .copied()
            .or_else(|| keyword_arg(call, src, "source"))
        else {
            return;
        };
        let Some(flow) = tainted_flow(cx, code) else {
            return;
        };
        let message = format!(
            "{} and is run as Python code: the client controls what the server executes.",
            flow.describe(&format!("{name}()"))
        );
        cx.report(call, message).flow(flow.raw.clone());
    }
}
