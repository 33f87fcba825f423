use super::flow::{ClassSpec, check};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// An XPath expression that carries request data, evaluated with lxml (`tree.xpath(expr)`,
    /// `etree.XPath(expr)`, `etree.ETXPath(expr)`), `elementpath.select(root, expr)` or the
    /// ElementTree path methods (`find`, `findall`, `iterfind`, `findtext`) in a file that
    /// imports `xml.etree`. The request data is followed through local assignments, f-strings,
    /// `%`, `.format()` and concatenation, and across functions and files.
    ///
    /// ## Why it matters
    /// A quote in the value closes the string literal of the expression: `' or '1'='1` turns a
    /// lookup of one record into a dump of the whole document (user lists, password hashes)
    /// and bypasses checks written as XPath conditions.
    ///
    /// ## Not reported
    /// Expressions with XPath variables (`tree.xpath("//user[@id=$id]", id=value)`), values
    /// with their quotes replaced (`value.replace("'", "&apos;")`), numbers, and expressions
    /// built only from constants.
    ///
    /// ## Example
    /// ```python
    /// nodes = root.xpath(f"//user[@name='{request.args['name']}']")      # reported
    /// nodes = root.xpath("//user[@name=$name]", name=request.args["name"])  # fine
    /// ```
    pub struct XpathInjection {
        id: "py.xpath-injection",
        title: "XPath expression built from request data",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [643],
        owasp: A03,
        effort: Minutes,
        impact: "A client can rewrite the XPath query: read every node of the document instead of one, or satisfy conditions it should fail.",
        recommendation: "Keep the expression constant and pass values as XPath variables: `root.xpath(\"//user[@name=$name]\", name=value)` (lxml) or `elementpath.select(root, \"//user[@name=$name]\", variables={\"name\": value})`. Where that is impossible, allow only the characters the value needs (for example `re.fullmatch(r\"[\\w-]+\", value)`).",
        verification: "Send `' or '1'='1` as the value and check that the response lists no more nodes than for an unknown name.",
    }
}

/// The `Xpath` rows of the sink table; replacing the quotes makes a value safe.
const SPEC: ClassSpec = ClassSpec {
    replaced: &["'", "\""],
    ..ClassSpec::new(Class::Xpath, &["*escape"])
};

impl CodeRule for XpathInjection {
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
