use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
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
    /// A value whose origin cannot be followed (not a constant, configuration or a converted
    /// value) passed to these functions inside a request handler is reported as a sink finding:
    /// low confidence, every such call of a file folded into one.
    ///
    /// ## Not reported
    /// `ast.literal_eval()` (it only reads literals), `re.compile()`, methods named `eval`
    /// on other objects (`model.eval()`), code built only from constants, and calls outside
    /// request handlers whose value does not come from the request (libraries and code
    /// generators compile their own code).
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

/// The `Code` rows of the sink table, and what makes a value safe for them (nothing: literal
/// parsing is a different call, `ast.literal_eval`).
const SPEC: ClassSpec = ClassSpec::new(Class::Code, &[]);

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
        check(cx, call, &SPEC);
    }
}
