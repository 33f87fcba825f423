use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// libxmljs and libxmljs2 `parseXml` / `parseXmlString` (and `Document.fromXml`) given
    /// request data with `{ noent: true }`, which substitutes entities, external ones included.
    /// Followed through local variables and across functions and files.
    ///
    /// A document of unknown origin (not a constant or configuration) parsed with `noent: true`
    /// inside a request handler is reported as a sink finding: low confidence, folded per file.
    ///
    /// ## Why it matters
    /// `<!ENTITY x SYSTEM "file:///etc/passwd">` and `&x;` put the file into the parsed
    /// document, which the service then stores or shows: file disclosure and requests to
    /// internal addresses.
    ///
    /// ## Not reported
    /// libxmljs without `noent`, `xml2js`, `fast-xml-parser` and `@xmldom/xmldom` (they do not
    /// resolve external entities).
    ///
    /// ## Example
    /// ```js
    /// const doc = libxmljs.parseXml(req.body, { noent: true });   // reported
    /// const doc = libxmljs.parseXml(req.body);                    // fine
    /// ```
    pub struct Xxe {
        id: "js.xxe",
        title: "XML parsed with entity substitution from request data",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [611],
        owasp: A05,
        effort: Minutes,
        impact: "A crafted document makes the server read local files or call internal URLs and put their content into the parsed document.",
        recommendation: "Parse untrusted XML without entity substitution: drop `noent: true` (and `dtdload`, `nonet: false`) from libxmljs options, or use a parser that never resolves external entities.",
        verification: "Send a document declaring `<!ENTITY x SYSTEM \"file:///etc/hostname\">` and using `&x;`, and check that the response does not contain the host name.",
    }
}

/// The `Xxe` rows of the sink table, and what makes a value safe for them.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Xxe,
    sanitizers: &[],
};

impl CodeRule for Xxe {
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
