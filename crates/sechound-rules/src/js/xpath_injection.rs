use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// An XPath expression that carries request data: `xpath.select`, `select1`, `evaluate`
    /// and `parse` (the `xpath` package), `document.evaluate`, and libxmljs `doc.get(expr)` /
    /// `doc.find(expr)`. Followed through local variables, concatenation and template
    /// literals, and across functions and files.
    ///
    /// ## Why it matters
    /// A quote in the value closes the string literal of the expression: `' or '1'='1` turns a
    /// lookup of one record into a dump of the whole document and bypasses conditions written
    /// as XPath.
    ///
    /// ## Not reported
    /// Expressions with XPath variables, values passed through an escaping function, numbers,
    /// and constant expressions.
    ///
    /// ## Example
    /// ```js
    /// xpath.select(`//user[@name="${req.query.name}"]`, doc);                       // reported
    /// xpath.parse("//user[@name=$name]").select({ node: doc, variables: { name } });  // fine
    /// ```
    pub struct XpathInjection {
        id: "js.xpath-injection",
        title: "XPath expression built from request data",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [643],
        owasp: A03,
        effort: Minutes,
        impact: "A client can rewrite the XPath query: read every node of the document instead of one, or satisfy conditions it should fail.",
        recommendation: "Keep the expression constant and pass values as XPath variables (`xpath.parse(expr).select({ node, variables: { id } })`), or allow only the characters the value needs before building the expression.",
        verification: "Send `' or '1'='1` as the value and check that the response lists no more nodes than for an unknown name.",
    }
}

/// The `Xpath` rows of the sink table, and what makes a value safe for them.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Xpath,
    sanitizers: &["*escape"],
};

impl CodeRule for XpathInjection {
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
