use super::sinks::{sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{arguments, callee_path, pair_key, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Regular expressions compiled from request data without escaping:
    /// - `new RegExp(value)` / `RegExp(value)`, alone or with fixed text around the value;
    /// - MongoDB `{ $regex: value }` filters.
    ///
    /// ## Why it matters
    /// The client writes the pattern: a nested quantifier such as `(a+)+$` makes the match take
    /// exponential time and blocks Node's single thread (ReDoS), and metacharacters change what
    /// a search or an access check matches (`.*` matches every record).
    ///
    /// ## Not reported
    /// Values escaped first: `escape-string-regexp`, lodash `escapeRegExp` (or any function named
    /// like `escapeRegex`), or the usual `.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')`; literal
    /// patterns; values converted to numbers.
    ///
    /// ## Example
    /// ```js
    /// app.get('/search', async (req, res) => {
    ///   const re = new RegExp(req.query.q, 'i');                          // reported
    ///   const ok = new RegExp(escapeStringRegexp(req.query.q), 'i');      // fine
    /// });
    /// ```
    pub struct RegexInjection {
        id: "js.regex-injection",
        title: "Regular expression built from request data",
        severity: Medium,
        confidence: Medium,
        area: InputValidation,
        cwe: [1333, 625],
        owasp: A03,
        effort: Minutes,
        impact: "A client can send a pattern that takes exponential time and stalls the event loop for every user, or widen a search or check to match everything.",
        recommendation: "Escape the value before it enters a pattern: `new RegExp(escapeStringRegexp(q), 'i')` (or lodash `_.escapeRegExp`). For a plain substring search use `text.includes(q)` or a database text index instead of a regular expression.",
        verification: "Send `(a+)+$` followed by a long run of `a`s and `!`, and `.*`, and check that the response is fast and matches only literal text.",
    }
}

impl CodeRule for RegexInjection {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "new_expression", "pair"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let (pattern, sink) = if node.kind() == "pair" {
            if pair_key(node, src) != Some("$regex") {
                return;
            }
            let Some(value) = node.field("value") else {
                return;
            };
            (value, "$regex".to_string())
        } else {
            if callee_path(node, src).as_deref() != Some("RegExp") {
                return;
            }
            let Some(first) = arguments(node).first().copied() else {
                return;
            };
            (first, sink_name(node, src))
        };
        // A `RegExp` object given to `$regex` is checked where it is built.
        if node.kind() == "pair" && unwrap(pattern).kind() == "new_expression" {
            return;
        }
        let Some(flow) = tainted_flow(cx, pattern) else {
            return;
        };
        if escaped(cx, pattern) {
            return;
        }
        let message = format!(
            "{} as a regular expression without escaping, so the client controls the pattern (ReDoS, wildcard matches).",
            flow.describe(&sink)
        );
        cx.report(node, message).flow(flow.raw.clone());
    }
}

/// True when the pattern (or the local it was built in) escapes regex metacharacters.
fn escaped<'f>(cx: &CheckContext<'f>, pattern: Node<'f>) -> bool {
    let mut texts = vec![text(unwrap(pattern), cx.src()).to_string()];
    let mut ids = Vec::new();
    walk(unwrap(pattern), |n| {
        if n.kind() == "identifier" {
            ids.push(n);
        }
        true
    });
    for id in ids {
        let resolved = cx.js_taint().resolve(id);
        if resolved != id {
            texts.push(text(resolved, cx.src()).to_string());
        }
    }
    texts.iter().any(|t| {
        let lower = t.to_ascii_lowercase();
        lower.contains("escape") || lower.contains("$&") || lower.contains("quotemeta")
    })
}
