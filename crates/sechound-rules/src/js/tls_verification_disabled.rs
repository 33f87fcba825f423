use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::js::{dotted_path, pair_key, string_value, unwrap};
use sechound_syntax::node::{NodeExt, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Outgoing TLS that does not check the server's certificate:
    /// - `rejectUnauthorized: false` in the options of `https.request`/`https.Agent`,
    ///   `tls.connect`, axios (`httpsAgent`), got (`https: { … }`), node-fetch agents, undici,
    ///   WebSocket clients, nodemailer (`tls: { … }`) and database drivers (`ssl: { … }` of pg,
    ///   mysql2, Sequelize, TypeORM; medium: managed databases often need a CA bundle instead);
    /// - `strictSSL: false` (request), `insecure: true` / `.disableTLSCerts()` (superagent);
    /// - `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'`, which turns checks off for the whole
    ///   process;
    /// - a `checkServerIdentity` that accepts everything (`() => undefined`).
    ///
    /// ## Why it matters
    /// Without certificate checks anyone on the network path can impersonate the remote
    /// service, read the credentials and data sent to it and forge its answers.
    ///
    /// ## Not reported
    /// `rejectUnauthorized: true`, a value from configuration
    /// (`rejectUnauthorized: process.env.NODE_ENV === 'production'`), and a custom `ca` bundle.
    ///
    /// ## Example
    /// ```js
    /// const agent = new https.Agent({ rejectUnauthorized: false });                 // reported
    /// const agent = new https.Agent({ ca: fs.readFileSync('internal-ca.pem') });    // fine
    /// ```
    pub struct TlsVerificationDisabled {
        id: "js.tls-verification-disabled",
        title: "TLS certificate verification disabled",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [295],
        owasp: A02,
        effort: Minutes,
        impact: "A network attacker can impersonate the remote server, read the credentials and data sent to it and tamper with its responses.",
        recommendation: "Remove `rejectUnauthorized: false` / `NODE_TLS_REJECT_UNAUTHORIZED=0` and keep the default verification; for an internal or managed-database CA pass its certificate (`ca: fs.readFileSync('ca.pem')`).",
        verification: "Point the client at a server with a self-signed certificate (for example `https://self-signed.badssl.com/`): the call must fail with a certificate error.",
    }
}

impl CodeRule for TlsVerificationDisabled {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["pair", "assignment_expression", "call_expression"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        match node.kind() {
            "pair" => {
                let Some(key) = pair_key(node, src) else {
                    return;
                };
                let Some(value) = node.field("value").map(unwrap) else {
                    return;
                };
                let off = match key {
                    "rejectUnauthorized" | "strictSSL" => value.kind() == "false",
                    "insecure" => value.kind() == "true",
                    "checkServerIdentity" => {
                        matches!(value.kind(), "arrow_function" | "function_expression")
                            && value.field("body").is_some_and(|b| {
                                let t = text(b, src).trim();
                                t == "undefined"
                                    || t == "{}"
                                    || t == "null"
                                    || t == "{ return undefined; }"
                            })
                    }
                    _ => false,
                };
                if !off {
                    return;
                }
                // A database connection's `ssl: { … }` block.
                let database = node
                    .parent()
                    .and_then(|object| object.parent())
                    .filter(|p| p.kind() == "pair")
                    .and_then(|p| pair_key(p, src))
                    .is_some_and(|outer| matches!(outer, "ssl" | "dialectOptions"));
                let message = format!(
                    "`{}` turns off the certificate check of this TLS connection, so anyone on the network path can impersonate the server.",
                    text(node, src)
                );
                let finding = cx.report(node, message);
                if database {
                    finding.severity(Severity::Medium);
                }
            }
            "assignment_expression" => {
                let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
                    return;
                };
                let target = dotted_path(left, src).unwrap_or_default();
                if target.ends_with("NODE_TLS_REJECT_UNAUTHORIZED")
                    && string_value(right, src).is_some_and(|v| v == "0")
                {
                    cx.report(
                        node,
                        "`NODE_TLS_REJECT_UNAUTHORIZED = '0'` turns off certificate checks for every TLS connection of the process.",
                    );
                }
            }
            _ => {
                if sechound_syntax::js::method_name(node, src) == Some("disableTLSCerts") {
                    cx.report(
                        node,
                        "`.disableTLSCerts()` sends this request without checking the server's certificate.",
                    );
                }
            }
        }
    }
}
