use super::{Place, ProjectFindings, ProjectRule};
use crate::declare_rule;
use sechound_core::project::ProjectModel;

declare_rule! {
    /// ## What it finds
    /// A second factor's secret (`totpSecret`, `otp_secret`, `two_factor_secret`,
    /// `profile.totp`) written to a record as it is, while the same application encrypts other
    /// values before storing them (`apiKey: encrypt(key)`, `fernet.encrypt(token)`,
    /// `crypto.createCipheriv(...)` for a field). The finding cites the helper and where it is
    /// used: the team has the means and uses them elsewhere, so the plain TOTP secret is an
    /// oversight rather than a design choice.
    ///
    /// ## Why it matters
    /// A TOTP secret is a long-lived credential: whoever reads it (a backup, an injection, a
    /// replica) generates valid codes for that account forever, and the second factor no longer
    /// adds anything to a leaked password.
    ///
    /// ## Not reported
    /// Applications with no encryption helper at all (the plaintext column rules speak about
    /// the field itself), secrets cleared (set to empty or null), values encrypted on the way
    /// (the write calls the helper, or stores a name bound to its result in the same
    /// function), and test files. Encryption done by the model layer (a field-encryption
    /// plugin or a custom column type) is not seen, hence medium confidence.
    ///
    /// ## Example
    /// ```js
    /// user.apiKey = encrypt(rawKey);        // lib/crypto.js: AES-GCM helper
    /// user.totpSecret = secret.base32;      // reported: the TOTP secret is stored as it is
    /// // fine: user.totpSecret = encrypt(secret.base32);
    /// ```
    pub struct TotpSecretUnencrypted {
        id: "project.totp-secret-unencrypted",
        title: "TOTP secret stored unencrypted though an encryption helper exists",
        severity: Medium,
        confidence: Medium,
        area: DataProtection,
        cwe: [312],
        owasp: A02,
        effort: Hours,
        impact: "A read of the database yields every user's TOTP secret, so the second factor no longer protects accounts whose passwords leak.",
        recommendation: "Encrypt the TOTP secret with the helper the application already uses for its other secrets before storing it, decrypt it only to check a code, and re-encrypt the existing rows in a migration.",
        verification: "Enrol an authenticator, read the user's row directly in the database: the second-factor field holds ciphertext, and codes from the authenticator are still accepted.",
    }
}

impl ProjectRule for TotpSecretUnencrypted {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        // Cite the application's own helper where it is used (`encrypt(…)` for `apiKey`)
        // rather than the cipher call inside it.
        let Some(helper) = model
            .encryptions
            .iter()
            .find(|e| !e.detail.contains("createCipher"))
            .or(model.encryptions.first())
        else {
            return;
        };
        let uses = model.encryptions.len();
        for (write, _) in model.second_factor_secrets.iter().filter(|(_, e)| !e) {
            let others = if uses > 1 {
                format!(" and {} more place(s)", uses - 1)
            } else {
                String::new()
            };
            let finding = out.report(
                &Self::META,
                Place {
                    file: write.file.clone(),
                    line: write.line,
                },
                format!(
                    "The second-factor secret `{}` is stored as it is, while the application encrypts other values before storing them ({} at {}{others}).",
                    write.detail,
                    helper.detail,
                    helper.at()
                ),
            );
            finding.related.push(Place {
                file: helper.file.clone(),
                line: helper.line,
            });
        }
    }
}
