use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A regular expression compiled from request data: `re.compile`, `re.match`,
    /// `re.fullmatch`, `re.search`, `re.findall`, `re.finditer`, `re.sub`, `re.subn`,
    /// `re.split` and `regex.compile` given a pattern that carries request data, followed
    /// through local assignments and string building, and across functions and files.
    ///
    /// ## Why it matters
    /// Python's `re` backtracks: a client-chosen pattern such as `(a+)+$` against a long input
    /// keeps a worker busy for minutes (ReDoS), and the pattern can also match far more than
    /// the search meant to allow.
    ///
    /// ## Not reported
    /// Patterns passed through `re.escape()` (the value is then matched literally), and
    /// patterns built only from constants.
    ///
    /// ## Example
    /// ```python
    /// hits = [n for n in names if re.search(request.args["q"], n)]             # reported
    /// hits = [n for n in names if re.search(re.escape(request.args["q"]), n)]  # fine
    /// ```
    pub struct RegexInjection {
        id: "py.regex-injection",
        title: "Regular expression compiled from request data",
        severity: Medium,
        confidence: High,
        area: InputValidation,
        cwe: [1333, 625],
        owasp: A03,
        effort: Minutes,
        impact: "A client can send a pattern that takes exponential time to match and ties up the service's workers, or widen a search beyond what it should match.",
        recommendation: "Match the client's text literally: `re.escape(value)` before putting it into a pattern, or use plain string operations (`value in text`, `str.startswith`). If users must write patterns, use the `re2` binding (`google-re2`), which runs in linear time, with a length limit.",
        verification: "Send `(a+)+$` as the value with a long string of `a`s followed by `!` and check that the request answers immediately and matches literally.",
    }
}

/// The `Regex` rows of the sink table; `re.escape` makes a value literal.
const SPEC: ClassSpec = ClassSpec::new(Class::Regex, &["escape"]);

impl CodeRule for RegexInjection {
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
