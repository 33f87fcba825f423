use super::{instructions, is_dockerfile};
use crate::secrets::patterns::{is_placeholder, is_secret_name};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// Secrets baked into an image: `ENV` or `ARG` instructions that give a secret-like name
    /// (`*_SECRET`, `*_TOKEN`, `*_PASSWORD`, `*_API_KEY`) a literal value. An `ARG` with a
    /// secret-like name and no value is reported at low severity: build arguments are kept in
    /// the image history.
    ///
    /// ## Why it matters
    /// `ENV` values live in every layer and container of the image, and `docker history`
    /// shows build arguments: anyone who can pull the image can read them.
    ///
    /// ## Not reported
    /// Values that reference another variable (`ENV TOKEN=$TOKEN`), placeholders, and
    /// names that describe a secret without holding it (`SECRET_FILE`, `TOKEN_URL`).
    ///
    /// ## Example
    /// ```dockerfile
    /// ENV JWT_SECRET=s3cr3t-value          # reported
    /// RUN --mount=type=secret,id=npm_token npm ci   # fine: BuildKit secret
    /// ```
    pub struct SecretInEnvArg {
        id: "docker.secret-in-env-arg",
        title: "Secret baked into the image by ENV or ARG",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [538, 798],
        owasp: A05,
        effort: Hours,
        impact: "Anyone who can pull the image, or read its build history, can read the secret.",
        recommendation: "Remove the value from the Dockerfile; pass it at run time (`docker run -e`, an orchestrator secret) or, for build steps, use a BuildKit secret mount (`RUN --mount=type=secret,id=…`). Rotate the secret if an image with it was ever pushed.",
        verification: "`docker history --no-trunc <image>` and `docker inspect <image>` show no secret value, and `sechound review` no longer reports the line.",
    }
}

impl FileRule for SecretInEnvArg {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let text = file.text();
        for instruction in instructions(file) {
            if instruction.keyword != "ENV" && instruction.keyword != "ARG" {
                continue;
            }
            for (name, value) in assignments(&instruction.args) {
                if !is_secret_name(name) {
                    continue;
                }
                let Some(value) = value else {
                    if instruction.keyword == "ARG" {
                        let message = format!(
                            "Build argument `{name}` looks like a secret; build arguments are recorded in the image history."
                        );
                        cx.report(instruction.range.clone(), message)
                            .severity(Severity::Low)
                            .confidence(Confidence::Medium);
                    }
                    continue;
                };
                if value.is_empty() || value.starts_with('$') || is_placeholder(value) {
                    continue;
                }
                let message = format!(
                    "`{} {name}` sets a literal secret value that ships with the image.",
                    instruction.keyword
                );
                let finding = cx.report(instruction.range.clone(), message);
                // Mask the value where it is written in the instruction.
                let span = &text[instruction.range.clone()];
                if let Some(at) = span.find(value) {
                    let start = instruction.range.start + at;
                    finding.mask_range(start..start + value.len());
                }
            }
        }
    }
}

/// `KEY=value KEY2="v 2"` or the legacy `KEY value` form; `ARG NAME` has no value.
fn assignments(args: &str) -> Vec<(&str, Option<&str>)> {
    if !args.contains('=') {
        let mut words = args.splitn(2, char::is_whitespace);
        let name = words.next().unwrap_or("");
        let value = words.next().map(|v| v.trim().trim_matches(['"', '\'']));
        return vec![(name, value)];
    }
    let mut out = Vec::new();
    let mut rest = args.trim();
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim();
        let after = &rest[eq + 1..];
        let (value, tail) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => match after[1..].find(q) {
                Some(end) => (&after[1..1 + end], &after[end + 2..]),
                None => (&after[1..], ""),
            },
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        if name.contains(char::is_whitespace) {
            break;
        }
        out.push((name, Some(value)));
        rest = tail.trim_start();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::assignments;

    #[test]
    fn parses_env_forms() {
        assert_eq!(
            assignments("A=1 B=\"two words\" C=3"),
            [("A", Some("1")), ("B", Some("two words")), ("C", Some("3"))]
        );
        assert_eq!(assignments("TOKEN abc def"), [("TOKEN", Some("abc def"))]);
        assert_eq!(assignments("NPM_TOKEN"), [("NPM_TOKEN", None)]);
    }
}
