use super::sinks::{sink_name, tainted_flow};
use crate::redos::catastrophic;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::js::{arguments, callee_path, method_name, receiver, string_value, unwrap};
use sechound_syntax::node::{NodeExt, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Regular expressions written in the code that backtrack catastrophically: a repeated
    /// group whose own repetitions can match the same text in more than one way (`/^(a+)+$/`,
    /// `/(\w+\s?)+$/`, `new RegExp("(\\d+)*x")`).
    ///
    /// Applied to request data (`re.test(req.query.q)`, `req.body.email.match(re)`,
    /// `.replace(re, …)`), it is a flow finding (medium). Elsewhere it is a sink finding (low
    /// confidence, folded per file): whether untrusted text reaches it is not followed.
    ///
    /// ## Why it matters
    /// On a long input that almost matches, the engine tries every way of splitting it:
    /// exponential time on the single JavaScript thread, so one request stalls the whole
    /// service (ReDoS).
    ///
    /// ## Not reported
    /// Repetitions separated by a character the inner repetition cannot match (`/(\d+,)*\d+/`,
    /// `/(ab+)+/`), single repetitions, and patterns built at run time (see
    /// `js.regex-injection`).
    ///
    /// ## Example
    /// ```js
    /// const EMAIL = /^([a-zA-Z0-9]+)+@example\.com$/;   // reported
    /// const EMAIL = /^[a-zA-Z0-9]+@example\.com$/;      // fine
    /// ```
    pub struct Redos {
        id: "js.redos",
        title: "Regular expression with catastrophic backtracking",
        severity: Medium,
        confidence: High,
        area: InputValidation,
        cwe: [1333],
        owasp: A05,
        effort: Minutes,
        impact: "One request with a crafted string keeps the event loop busy for seconds to minutes, stalling every other request.",
        recommendation: "Remove the nested repetition (`/^[a-z]+$/` instead of `/^([a-z]+)+$/`), make the repetitions exclusive (a separator the inner part cannot match), limit the input length before matching, or use a linear-time engine (`re2`).",
        verification: "Match the pattern against 50 000 repetitions of the inner character followed by one character that fails the match, and check that it returns in milliseconds.",
    }
}

impl CodeRule for Redos {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["regex", "new_expression", "call_expression"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let pattern = match node.kind() {
            "regex" => node.field("pattern").map(|p| text(p, src).to_string()),
            _ => {
                if callee_path(node, src).as_deref() != Some("RegExp") {
                    return;
                }
                arguments(node)
                    .first()
                    .and_then(|p| string_value(*p, src))
                    .map(|p| p.replace("\\\\", "\\"))
            }
        };
        let Some(pattern) = pattern else { return };
        let Some(why) = catastrophic(&pattern) else {
            return;
        };
        if let Some((call, flow)) = applied_to_request(cx, node) {
            let message = format!(
                "{} and is matched by a pattern that backtracks catastrophically: {why}.",
                flow.describe(&sink_name(call, src))
            );
            cx.report(node, message).flow(flow.raw.clone());
            return;
        }
        if cx.in_test_file() {
            return;
        }
        let message = format!(
            "{why}: a long input that almost matches takes exponential time. Whether untrusted text reaches this pattern was not followed."
        );
        cx.report(node, message).severity(Severity::Low).sink();
    }
}

/// The call that applies the regex to request data, when it is written inline:
/// `/re/.test(x)`, `/re/.exec(x)`, `x.match(/re/)`, `x.replace(/re/, …)`, `x.split(/re/)`,
/// `x.search(/re/)`.
fn applied_to_request<'f>(
    cx: &CheckContext<'f>,
    regex: Node<'f>,
) -> Option<(Node<'f>, super::sinks::Flow)> {
    let src = cx.src();
    let parent = regex.parent()?;
    // `/re/.test(x)`
    if parent.kind() == "member_expression"
        && let Some(call) = parent.parent().filter(|c| c.kind() == "call_expression")
        && matches!(method_name(call, src), Some("test" | "exec"))
    {
        let subject = *arguments(call).first()?;
        return Some((call, tainted_flow(cx, subject)?));
    }
    // `x.match(/re/)`
    if parent.kind() == "arguments"
        && let Some(call) = parent.parent().filter(|c| c.kind() == "call_expression")
        && matches!(
            method_name(call, src),
            Some("match" | "matchAll" | "replace" | "replaceAll" | "split" | "search")
        )
    {
        let subject = unwrap(receiver(call)?);
        return Some((call, tainted_flow(cx, subject)?));
    }
    None
}
