use super::patterns::{is_secret_name, looks_generated};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use regex::Regex;
use sechound_syntax::ConfigKind;
use std::sync::OnceLock;

declare_rule! {
    /// ## What it finds
    /// A value that looks generated (16 characters or more, mixed character classes, high
    /// entropy, not a placeholder) assigned to a secret-like name (`*_SECRET`, `apiKey`,
    /// `password`, `*_TOKEN`, `client_secret`, `private_key` ...) in code, YAML, JSON, INI or
    /// any other text file. Env files and Dockerfiles have their own rules.
    ///
    /// This is a heuristic on names and randomness: confidence is medium, low under test paths.
    ///
    /// ## Why it matters
    /// A secret in the repository is shared with everyone who can read it, and stays in git
    /// history after it is removed from the code.
    ///
    /// ## Not reported
    /// Placeholders (`changeme`, `your-api-key`, `xxxx`, `<secret>`), short or word-like values,
    /// paths and URLs without credentials, names that describe a secret without holding it
    /// (`TOKEN_URL`, `PASSWORD_MIN_LENGTH`, `SECRET_KEY_FILE`), and secrets already reported by
    /// a more specific rule.
    ///
    /// ## Example
    /// ```yaml
    /// client_secret: "Q2hhbmdlZC1JbnRvLUEtUmVhbC1TZWNyZXQ"   # reported
    /// client_secret: ${CLIENT_SECRET}                         # fine
    /// ```
    pub struct HighEntropyAssignment {
        id: "secrets.high-entropy-assignment",
        title: "Secret-like value written in the repository",
        severity: Medium,
        confidence: Medium,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A07,
        effort: Hours,
        impact: "If the value is a live secret, anyone with read access to the repository or its history can use it.",
        recommendation: "If the value is real, rotate it and load it at run time from the environment or a secrets manager; if it is a fixture, replace it with an obvious placeholder or mark the line with `sechound-ignore: secrets.high-entropy-assignment <reason>`.",
        verification: "`sechound review` no longer reports the line, and the application reads the value from configuration at start-up.",
    }
}

impl FileRule for HighEntropyAssignment {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        !matches!(
            kind,
            TextKind::Config(ConfigKind::Env | ConfigKind::Dockerfile)
        )
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        if file.is_documentation() {
            return;
        }
        static QUOTED: OnceLock<Regex> = OnceLock::new();
        static BARE: OnceLock<Regex> = OnceLock::new();
        let quoted = QUOTED.get_or_init(|| {
            // Secrets are printable ASCII: `[!#-&(-_a-~]` is that range without quotes and
            // backticks, far cheaper to match than a Unicode negated class.
            Regex::new(r#"([A-Za-z_][A-Za-z0-9_.\-]*)["']?[ \t]*(?:=|:|=>|:=)[ \t]*["'`]([!#-&(-_a-~]{16,})["'`]"#)
                .expect("regex")
        });
        let bare = BARE.get_or_init(|| {
            Regex::new(
                r#"(?m)^[ \t]*([A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*[:=][ \t]*([!$-&(-_a-~]{16,})[ \t]*\r?$"#,
            )
            .expect("regex")
        });
        let text = file.text();
        let mut seen = Vec::new();
        let mut candidates: Vec<(regex::Match<'_>, regex::Match<'_>)> = quoted
            .captures_iter(text)
            .map(|c| (c.get(1).expect("name"), c.get(2).expect("value")))
            .collect();
        if matches!(
            file.kind,
            TextKind::Other | TextKind::Config(ConfigKind::GithubActions)
        ) {
            candidates.extend(
                bare.captures_iter(text)
                    .map(|c| (c.get(1).expect("name"), c.get(2).expect("value"))),
            );
        }
        for (name, value) in candidates {
            if seen.contains(&value.start())
                || !is_secret_name(name.as_str())
                || !looks_generated(value.as_str())
            {
                continue;
            }
            seen.push(value.start());
            let message = format!(
                "`{}` is given a value that looks like a real secret ({} characters, random-looking).",
                name.as_str(),
                value.as_str().chars().count()
            );
            let finding = cx.report(name.start()..value.end(), message);
            finding.mask_range(value.range());
        }
    }
}
