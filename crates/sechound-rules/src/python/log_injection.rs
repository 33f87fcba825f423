use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data written into a log record: `logging.info(...)` and the other level
    /// functions, and the same methods of a logger (`logger.warning(...)`, `log.error(...)`),
    /// whether the value is formatted into the message (f-string, `%`, `.format()`) or passed
    /// as an argument for `%s`. Followed through local assignments and across functions.
    ///
    /// ## Why it matters
    /// A value with a line break writes a second, forged log line (`ok\nINFO admin logged
    /// in`): audit trails and alerting that read the log can be misled, and log viewers that
    /// render HTML may run script from it.
    ///
    /// ## Not reported
    /// Values with their line breaks removed (`.replace("\n", "")`), numbers, `repr()` (it
    /// escapes line breaks), and structured fields given in `extra=`, which JSON formatters
    /// encode.
    ///
    /// ## Example
    /// ```python
    /// log.info("login failed for %s", request.form["user"])                      # reported
    /// log.info("login failed", extra={"user": request.form["user"]})             # fine
    /// ```
    pub struct LogInjection {
        id: "py.log-injection",
        title: "Request data written into the log",
        severity: Low,
        confidence: High,
        area: Logging,
        cwe: [117],
        owasp: A09,
        effort: Minutes,
        impact: "A client can forge log lines, misleading audit trails and alerts that read the log.",
        recommendation: "Log request values as structured fields (`extra={\"user\": user}` with a JSON formatter), or strip line breaks first (`user.replace(\"\\r\", \"\").replace(\"\\n\", \"\")`) or log `repr(user)`.",
        verification: "Send a value containing `%0aINFO forged` and check that the log shows one line with an escaped break.",
    }
}

/// The `Log` rows of the sink table; removing line breaks or `repr()` makes a value safe.
const SPEC: ClassSpec = ClassSpec {
    replaced: &["\\n", "\\r"],
    decorated_routes_only: true,
    ..ClassSpec::new(Class::Log, &["repr", "*escape", "*sanitize"])
};

impl CodeRule for LogInjection {
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
