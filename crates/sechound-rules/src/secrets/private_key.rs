use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use regex::Regex;
use sechound_core::{Confidence, Severity};
use std::sync::OnceLock;

declare_rule! {
    /// ## What it finds
    /// A PEM private key (`-----BEGIN … PRIVATE KEY-----` followed by key material) in any text
    /// file, including keys pasted into string literals. Encrypted keys are reported at medium
    /// severity.
    ///
    /// ## Why it matters
    /// A private key signs tokens, terminates TLS or opens servers. Whoever reads it can
    /// impersonate the service or decrypt its traffic.
    ///
    /// ## Not reported
    /// Public keys and certificates; a header with no key material after it (documentation).
    ///
    /// ## Example
    /// ```text
    /// -----BEGIN RSA PRIVATE KEY-----
    /// MIIEpAIBAAKCAQEA…                                   reported
    /// ```
    pub struct PrivateKey {
        id: "secrets.private-key",
        title: "Private key committed to the repository",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [321],
        owasp: A02,
        effort: Hours,
        impact: "Whoever reads the key can sign tokens, impersonate the server or decrypt traffic protected by it.",
        recommendation: "Generate a new key pair, revoke or stop trusting the old one, and load the new key at run time from a secrets manager or a mounted file outside the repository.",
        verification: "Check that the old key's certificate or public key is no longer trusted anywhere, and that `sechound review` no longer reports the file.",
    }
}

impl FileRule for PrivateKey {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, _kind: TextKind) -> bool {
        true
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        static PEM: OnceLock<Regex> = OnceLock::new();
        let pem = PEM.get_or_init(|| {
            Regex::new(r"-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----((?:\\n|\\r|[\s])*)([A-Za-z0-9+/=]{40,}[\s\S]{0,8000}?)(?:\\n|\\r|[\s])*-----END")
                .expect("regex")
        });
        let text = file.text();
        if !text.contains("PRIVATE KEY") {
            return;
        }
        for captures in pem.captures_iter(text) {
            let whole = captures.get(0).expect("match");
            let kind = &captures[1];
            let material = captures.get(3).expect("key material");
            let encrypted =
                kind.starts_with("ENCRYPTED") || text[material.end()..].starts_with("Proc-Type");
            let mut message =
                format!("A PEM `{kind}` with its key material is written in the file.");
            if encrypted {
                message.push_str(" It is encrypted; its passphrase must not be stored beside it.");
            }
            let finding = cx.report(whole.range(), message);
            // The whole body is secret, line by line where the key spans several.
            finding.mask_range(material.range());
            if encrypted {
                finding
                    .severity(Severity::Medium)
                    .confidence(Confidence::Medium);
            }
        }
    }
}
