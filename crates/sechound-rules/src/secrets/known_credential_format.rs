use super::patterns::{find_known, is_placeholder};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use regex::Regex;
use sechound_core::{Confidence, Severity};
use std::sync::OnceLock;

declare_rule! {
    /// ## What it finds
    /// Credentials in a provider's published format, in any text file: AWS access key ids (high
    /// when a 40-character secret access key sits within three lines), GitHub and GitLab tokens,
    /// Slack tokens and webhook URLs, Stripe live keys, Google API keys, SendGrid and Twilio API
    /// keys, npm tokens, and JSON Web Tokens.
    ///
    /// Values marked as placeholders (`EXAMPLE`, `xxxx`, `your-...`) are skipped; findings under
    /// test or fixture paths are reported at low confidence.
    ///
    /// ## Why it matters
    /// A credential in the repository is readable by everyone with access to it, its forks, its
    /// history and every build log or image that copies it; revoking it is the only fix.
    ///
    /// ## Not reported
    /// Stripe test keys, AWS's documented example key, placeholders, values read from the
    /// environment or a secrets manager.
    ///
    /// ## Example
    /// ```js
    /// const github = new Octokit({ auth: 'ghp_…' });        // reported
    /// const github = new Octokit({ auth: process.env.GITHUB_TOKEN }); // fine
    /// ```
    pub struct KnownCredentialFormat {
        id: "secrets.known-credential-format",
        title: "Provider credential committed to the repository",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "Anyone who can read the repository, a fork, a build log or an image built from it can use the credential with the provider until it is revoked.",
        recommendation: "Revoke and rotate the credential at the provider now, remove it from the code, read it at run time from the environment or a secrets manager, and purge it from git history if the repository was ever shared.",
        verification: "Confirm the old credential is rejected by the provider, then run `sechound review` again: the finding is gone and the code reads the value from configuration.",
    }
}

impl FileRule for KnownCredentialFormat {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, _kind: TextKind) -> bool {
        true
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let text = file.text();
        for (format, range) in find_known(text) {
            let mut severity = format.severity;
            let mut confidence = Confidence::High;
            let mut message = format!(
                "{} {} is written in the file.",
                capitalize(super::article(format.name)),
                format.name
            );
            let mut partner = None;
            if format.name == "AWS access key id" {
                partner = aws_secret_near(file, range.start);
                if partner.is_some() {
                    message = "An AWS access key id and, next to it, its secret access key are written in the file.".into();
                } else {
                    severity = Severity::Medium;
                    confidence = Confidence::Medium;
                    message.push_str(
                        " No secret access key was found next to it; check where the pair is kept.",
                    );
                }
            }
            if format.name == "JSON Web Token" {
                confidence = Confidence::Medium;
                message.push_str(
                    " If it is signed with a production key it can be replayed until it expires.",
                );
            }
            let finding = cx.report(range.clone(), message);
            finding
                .severity(severity)
                .confidence(confidence)
                .mask_range(range);
            if let Some(secret) = partner {
                finding.mask_range(secret.clone()).related.push(secret);
            }
        }
    }
}

/// A 40-character AWS secret access key within three lines of `offset`.
fn aws_secret_near(file: &TextFile<'_>, offset: usize) -> Option<std::ops::Range<usize>> {
    static SECRET: OnceLock<Regex> = OnceLock::new();
    let secret = SECRET.get_or_init(|| {
        Regex::new(r"(?:^|[^A-Za-z0-9/+=])([A-Za-z0-9/+=]{40})(?:[^A-Za-z0-9/+=]|$)")
            .expect("regex")
    });
    let line = file.source.line_of(offset);
    let start = file.source.line_start(line.saturating_sub(3).max(1));
    let end = file.source.line_start(line + 4).min(file.text().len());
    let window = &file.text()[start..end];
    secret.captures_iter(window).find_map(|c| {
        let m = c.get(1)?;
        let value = m.as_str();
        let mixed = value.chars().any(|c| c.is_ascii_lowercase())
            && value.chars().any(|c| c.is_ascii_uppercase());
        (mixed && !is_placeholder(value)).then(|| start + m.start()..start + m.end())
    })
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}
