use super::flow::{ClassSpec, Hit, flow_into, hits, in_request_handler, opaque_part};
use super::sinks::sink_name;
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::{text, walk};
use sechound_syntax::python::{
    callee_path, enclosing_function, keyword_arg, positional_args, receiver, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// XML parsed with external entities enabled:
    /// - request data parsed by lxml (`etree.fromstring`, `etree.XML`, `etree.parse`,
    ///   `iterparse`, `objectify`) with a parser that resolves entities: one created with
    ///   `XMLParser(resolve_entities=True)`, `load_dtd=True` or `no_network=False` (high), or
    ///   the default parser (medium: lxml before 5.0 resolves external entities by default;
    ///   5.0 and later only internal ones);
    /// - request data parsed by `xml.dom.minidom`, `xml.dom.pulldom` or `xml.sax` with a SAX
    ///   parser on which the same function sets `feature_external_ges` (or
    ///   `feature_external_pes`) to true (high).
    ///
    /// A document of unknown origin (not a constant or configuration) parsed inside a request
    /// handler by a parser configured as above is reported as a sink finding: low confidence,
    /// folded per file.
    ///
    /// ## Why it matters
    /// `<!ENTITY x SYSTEM "file:///etc/passwd">` makes the parser read a local file (or fetch
    /// an internal URL) and put its content into the document the service then shows or
    /// stores: file disclosure and server-side request forgery from one upload.
    ///
    /// ## Not reported
    /// `defusedxml`, lxml with `XMLParser(resolve_entities=False)`, the standard library's
    /// parsers with their defaults (no external entities since Python 3.7.1), and
    /// `xml.etree.ElementTree` (it never resolves external entities).
    ///
    /// ## Example
    /// ```python
    /// parser = xml.sax.make_parser()
    /// parser.setFeature(xml.sax.handler.feature_external_ges, True)
    /// doc = xml.dom.minidom.parseString(request.data, parser)     # reported
    /// doc = defusedxml.minidom.parseString(request.data)          # fine
    /// ```
    pub struct Xxe {
        id: "py.xxe",
        title: "XML parsed with external entities from request data",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [611],
        owasp: A05,
        effort: Minutes,
        impact: "A crafted document makes the server read local files or call internal URLs and return their content: secrets, keys and cloud metadata.",
        recommendation: "Parse untrusted XML with `defusedxml` (`defusedxml.ElementTree.fromstring`, `defusedxml.minidom.parseString`), or with lxml `etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)`; never enable `feature_external_ges` on a SAX parser that reads client data.",
        verification: "Send a document declaring `<!ENTITY x SYSTEM \"file:///etc/hostname\">` and using `&x;`, and check that the response does not contain the host name (the parser rejects or ignores the entity).",
    }
}

const SPEC: ClassSpec = ClassSpec::new(Class::Xxe, &[]);

impl CodeRule for Xxe {
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
        for hit in hits(cx, call, Class::Xxe) {
            let Some(danger) = parser_danger(cx, call, &hit) else {
                continue;
            };
            report(cx, call, &hit, danger);
            return;
        }
    }
}

/// How sure the rule is that the parser of a call resolves external entities.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Danger {
    /// Configured to: `resolve_entities=True`, `feature_external_ges` set.
    Enabled,
    /// lxml's default parser: external entities before lxml 5.0.
    LxmlDefault,
}

fn parser_danger<'f>(cx: &CheckContext<'f>, call: Node<'f>, hit: &Hit<'f>) -> Option<Danger> {
    let src = cx.src();
    let callee = hit.sink.callee;
    let lxml = callee.starts_with("lxml.");
    let parser = if callee == ".parse" {
        receiver(call)
    } else {
        keyword_arg(call, src, "parser").or_else(|| positional_args(call).get(1).copied())
    };
    if lxml {
        let Some(parser) = parser else {
            return Some(Danger::LxmlDefault);
        };
        let made = cx.py_taint().resolve(parser);
        if made.kind() == "call" && callee_path(made, src).is_some_and(|p| p.ends_with("XMLParser"))
        {
            let flag = |name: &str| keyword_arg(made, src, name).map(|v| text(unwrap(v), src));
            if flag("resolve_entities") == Some("True")
                || flag("load_dtd") == Some("True")
                || flag("no_network") == Some("False")
            {
                return Some(Danger::Enabled);
            }
            if flag("resolve_entities") == Some("False") {
                return None;
            }
            return Some(Danger::LxmlDefault);
        }
        return None;
    }
    // The standard library resolves external entities only when the SAX parser is told to.
    let parser = unwrap(parser?);
    (parser.kind() == "identifier" && enables_external_entities(cx, call, text(parser, src)))
        .then_some(Danger::Enabled)
}

/// `<parser>.setFeature(feature_external_ges, True)` in the function around `call`.
fn enables_external_entities(cx: &CheckContext<'_>, call: Node<'_>, parser: &str) -> bool {
    let src = cx.src();
    let Some(function) = enclosing_function(call) else {
        return false;
    };
    let mut found = false;
    walk(function, |n| {
        if found {
            return false;
        }
        if n.kind() == "call"
            && callee_path(n, src).is_some_and(|p| p == format!("{parser}.setFeature"))
        {
            let args = positional_args(n);
            if let [feature, value, ..] = args.as_slice() {
                let feature = text(*feature, src);
                if (feature.ends_with("feature_external_ges")
                    || feature.ends_with("feature_external_pes"))
                    && !matches!(unwrap(*value).kind(), "false" | "none")
                {
                    found = true;
                }
            }
        }
        true
    });
    found
}

fn report<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, hit: &Hit<'f>, danger: Danger) {
    let src = cx.src();
    let sink = sink_name(call, src);
    let how = match danger {
        Danger::Enabled => "with external entities enabled",
        Danger::LxmlDefault => {
            "with lxml's default parser, which resolves external entities before lxml 5.0"
        }
    };
    // A sink finding only for a parser configured to resolve entities, in a request handler.
    let sink_message = hit.args.first().and_then(|arg| {
        let allowed = danger == Danger::Enabled
            && !cx.in_test_file()
            && in_request_handler(cx, call)
            && opaque_part(cx, *arg, &SPEC, 0).is_some();
        allowed.then(|| {
            format!(
                "`{sink}` parses {} {how}; where the document comes from could not be followed. Check that no client data reaches this parser.",
                super::flow::code_span(&sechound_syntax::node::short_text(unwrap(*arg), src, 60))
            )
        })
    });
    for &arg in &hit.args {
        if let Some(flow) = flow_into(cx, arg, SPEC.sanitizers) {
            let message = format!(
                "{} and is parsed {how}: an entity declared in the document can read local files or call internal URLs.",
                flow.describe(&sink)
            );
            let finding = cx.report(call, message);
            finding.flow(flow.raw.clone());
            if danger == Danger::LxmlDefault {
                finding.confidence(Confidence::Medium);
                finding.severity(Severity::Medium);
            }
            if flow.is_pending()
                && let Some(fallback) = sink_message
            {
                finding.or_sink(fallback);
            }
            return;
        }
    }
    if let Some(message) = sink_message {
        cx.report(call, message).sink();
    }
}
