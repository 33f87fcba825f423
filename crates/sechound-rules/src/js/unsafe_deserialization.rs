use super::flow::{ClassSpec, Hit, flow_into, hits, report_hit};
use super::sinks::sink_name;
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data given to a deserializer that rebuilds functions: `node-serialize`
    /// `unserialize`, `serialize-to-js` `deserialize`, `funcster.deepDeserialize`, `cryo.parse`,
    /// and js-yaml `load` (which builds `!!js/function` values before js-yaml 4: high, medium
    /// confidence when the project's `package.json` does not say which version; quiet for 4 and
    /// later). Followed
    /// through local variables and across functions and files.
    ///
    /// A value of unknown origin (not a constant or configuration) given to `unserialize`,
    /// `deserialize`, `deepDeserialize` or `cryo.parse` inside a request handler is reported as
    /// a sink finding: low confidence, folded per file.
    ///
    /// ## Why it matters
    /// `node-serialize` evaluates serialized functions: a value ending in `()` runs while the
    /// object is rebuilt (CVE-2017-5941), before the application looks at it.
    ///
    /// ## Not reported
    /// `JSON.parse`, js-yaml `load` of data that does not come from the request.
    ///
    /// ## Example
    /// ```js
    /// const profile = serialize.unserialize(Buffer.from(req.cookies.profile, "base64").toString()); // reported
    /// const profile = JSON.parse(Buffer.from(req.cookies.profile, "base64").toString());            // fine
    /// ```
    pub struct UnsafeDeserialization {
        id: "js.unsafe-deserialization",
        title: "Untrusted data deserialized with functions",
        severity: Critical,
        confidence: High,
        area: InputValidation,
        cwe: [502],
        owasp: A08,
        effort: Hours,
        impact: "A crafted payload runs code on the server while it is being deserialized.",
        recommendation: "Exchange data as JSON (`JSON.parse`) and validate it with a schema; remove `node-serialize`, `serialize-to-js` and `funcster` from code that reads client data; use js-yaml 4 (`yaml.load` is safe there) or its `safeLoad` in version 3.",
        verification: "Send a payload with an immediately invoked function (`{\"x\":\"_$$ND_FUNC$$_function(){require('child_process').execSync('touch /tmp/p')}()\"}`) and check that it is rejected and nothing runs.",
    }
}

/// The `Deserialization` rows of the sink table, and what makes a value safe for them.
const SPEC: ClassSpec = ClassSpec {
    class: Class::Deserialization,
    sanitizers: &[],
};

impl CodeRule for UnsafeDeserialization {
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
        for hit in hits(cx, call, Class::Deserialization) {
            if hit.sink.callee == "js-yaml.load" {
                check_js_yaml(cx, call, &hit);
                return;
            }
            if report_hit(cx, call, &SPEC, &hit) {
                return;
            }
        }
    }
}

/// js-yaml's `load` builds functions only before version 4: quiet when the project's manifest
/// asks for 4 or later, medium confidence when the version is not known.
fn check_js_yaml<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, hit: &Hit<'f>) {
    let version = cx.nearest_manifest("package.json").and_then(|manifest| {
        let at = manifest.find("\"js-yaml\"")?;
        let rest = &manifest[at + "\"js-yaml\"".len()..];
        let value = rest.split('"').nth(1)?;
        value
            .trim_start_matches(['^', '~', '>', '=', ' '])
            .split('.')
            .next()?
            .parse::<u32>()
            .ok()
    });
    if version.is_some_and(|major| major >= 4) {
        return;
    }
    let Some(arg) = hit.args.first() else { return };
    let Some(flow) = flow_into(cx, *arg, SPEC.sanitizers) else {
        return;
    };
    let message = format!(
        "{}, which {}.",
        flow.describe(&sink_name(call, cx.src())),
        hit.sink.effect
    );
    let finding = cx.report(call, message);
    finding.flow(flow.raw.clone()).severity(Severity::High);
    if version.is_none() {
        finding.confidence(Confidence::Medium);
    }
}
