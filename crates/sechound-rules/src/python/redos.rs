use super::sinks::{sink_name, tainted_flow};
use crate::redos::catastrophic;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::node::{NodeExt, text, walk};
use sechound_syntax::python::{method_name, positional_args, string_value, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Regular expressions written in the code that backtrack catastrophically: a repeated
    /// group whose own repetitions can match the same text in more than one way
    /// (`re.compile(r"^(a+)+$")`, `re.match(r"(\w+\s?)+$", s)`), with `re` or `regex`.
    ///
    /// Applied to request data in the same file (`re.match(PATTERN, request.args["q"])`,
    /// `EMAIL.match(form["email"])`), it is a flow finding (medium). Elsewhere it is a sink
    /// finding (low confidence, folded per file): whether untrusted text reaches it is not
    /// followed.
    ///
    /// ## Why it matters
    /// On a long input that almost matches, `re` tries every way of splitting it: exponential
    /// time, a worker stuck for minutes per request (ReDoS).
    ///
    /// ## Not reported
    /// Repetitions separated by a character the inner repetition cannot match
    /// (`r"(\d+,)*\d+"`), single repetitions, and patterns built at run time (see
    /// `py.regex-injection`).
    ///
    /// ## Example
    /// ```python
    /// EMAIL = re.compile(r"^([a-zA-Z0-9]+)+@example\.com$")   # reported
    /// EMAIL = re.compile(r"^[a-zA-Z0-9]+@example\.com$")      # fine
    /// ```
    pub struct Redos {
        id: "py.redos",
        title: "Regular expression with catastrophic backtracking",
        severity: Medium,
        confidence: High,
        area: InputValidation,
        cwe: [1333],
        owasp: A05,
        effort: Minutes,
        impact: "One request with a crafted string keeps a worker busy for seconds to minutes; a few of them exhaust the service.",
        recommendation: "Remove the nested repetition (`r\"^[a-z]+$\"` instead of `r\"^([a-z]+)+$\"`), make the repetitions exclusive (a separator the inner part cannot match), limit the input length before matching, or use `google-re2`, which runs in linear time.",
        verification: "Match the pattern against 50 000 repetitions of the inner character followed by one character that fails the match, and check that it returns in milliseconds.",
    }
}

const PATTERN_FUNCTIONS: &[&str] = &[
    "compile",
    "match",
    "fullmatch",
    "search",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
];

impl CodeRule for Redos {
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
        if !PATTERN_FUNCTIONS.contains(&name) {
            return;
        }
        let Some(qualified) = cx.qualified(call) else {
            return;
        };
        if !(qualified.starts_with("re.") || qualified.starts_with("regex.")) {
            return;
        }
        let args = positional_args(call);
        let Some(pattern) = args.first().and_then(|p| string_value(*p, src)) else {
            return;
        };
        let Some(why) = catastrophic(&pattern) else {
            return;
        };
        // `re.match(PATTERN, subject)`, or a compiled pattern applied in this file.
        let flow = if name == "compile" {
            compiled_applied_to_request(cx, call)
        } else {
            args.get(1)
                .and_then(|s| tainted_flow(cx, *s).map(|f| (call, f)))
        };
        if let Some((at, flow)) = flow {
            let message = format!(
                "{} and is matched by a pattern that backtracks catastrophically: {why}.",
                flow.describe(&sink_name(at, src))
            );
            cx.report(call, message).flow(flow.raw.clone());
            return;
        }
        if cx.in_test_file() {
            return;
        }
        let message = format!(
            "{why}: a long input that almost matches takes exponential time. Whether untrusted text reaches this pattern was not followed."
        );
        cx.report(call, message).severity(Severity::Low).sink();
    }
}

/// `NAME = re.compile(...)` then `NAME.match(request data)` somewhere in the file.
fn compiled_applied_to_request<'f>(
    cx: &CheckContext<'f>,
    compile: Node<'f>,
) -> Option<(Node<'f>, super::sinks::Flow)> {
    let src = cx.src();
    let assignment = compile.parent().filter(|p| p.kind() == "assignment")?;
    let name = text(assignment.field("left")?, src);
    let root = {
        let mut r = compile;
        while let Some(p) = r.parent() {
            r = p;
        }
        r
    };
    let mut found = None;
    walk(root, |n| {
        if found.is_some() {
            return false;
        }
        if n.kind() == "call"
            && let Some(function) = n.field("function").map(unwrap)
            && function.kind() == "attribute"
            && function
                .field("object")
                .is_some_and(|o| text(o, src) == name)
            && method_name(n, src).is_some_and(|m| PATTERN_FUNCTIONS.contains(&m))
            && let Some(subject) = positional_args(n).first()
            && let Some(flow) = tainted_flow(cx, *subject)
        {
            found = Some((n, flow));
        }
        true
    });
    found
}
