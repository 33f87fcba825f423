use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data written into a log line by `console.log/info/warn/error/debug` or a logger
    /// (`logger.info(...)`, `log.warn(...)`), as a string or an argument. Followed through local
    /// variables and across functions and files.
    ///
    /// ## Why it matters
    /// A value with a line break writes a second, forged log line (`ok\nINFO admin logged in`):
    /// audit trails and alerting that read the log can be misled, and log viewers that render
    /// HTML may run script from it.
    ///
    /// ## Not reported
    /// Values passed through `JSON.stringify` or `util.inspect` (they escape line breaks),
    /// numbers, and constant messages.
    ///
    /// ## Example
    /// ```js
    /// console.log("login failed for " + req.body.user);                 // reported
    /// console.log("login failed for %s", JSON.stringify(req.body.user)); // fine
    /// ```
    pub struct LogInjection {
        id: "js.log-injection",
        title: "Request data written into the log",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [117],
        owasp: A09,
        effort: Minutes,
        impact: "A client can forge log lines, misleading audit trails and alerts that read the log.",
        recommendation: "Log request values as structured fields with a JSON logger (`logger.info({ user }, \"login failed\")` with pino or winston's JSON format), or strip line breaks first (`value.replace(/[\\r\\n]/g, \" \")`).",
        verification: "Send a value containing `%0aINFO forged` and check that the log shows one line with an escaped break.",
    }
}

/// The `Log` rows of the sink table, and what makes a value safe for them.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Log,
    sanitizers: &["stringify", "inspect", "*escape", "*sanitize"],
};

impl CodeRule for LogInjection {
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
