use super::expr::{flowing_paths, mentioned_paths, starts_with};
use super::model::{Job, Step, Workflow};
use super::{expressions_in, is_actions, script_lines, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use regex::Regex;
use sechound_core::{Confidence, Severity};
use std::sync::OnceLock;

declare_rule! {
    /// ## What it finds
    /// A `run:` script that lets a secret out of the step that needs it, or out of GitHub's log
    /// masking:
    ///
    /// - a secret printed through a transformation (`echo "$KEY" | base64 -d`, `| rev`, `| xxd`)
    ///   that ends in the log: masking only knows the original value (high);
    /// - a secret written to `$GITHUB_ENV`, so every later step of the job, third-party actions
    ///   included, gets it in its environment (medium), or to `$GITHUB_OUTPUT` (low);
    /// - a value computed at run time under a secret-looking name (`TOKEN=$(…)`) written to
    ///   `$GITHUB_ENV` or `$GITHUB_OUTPUT` without `::add-mask::` first: nothing masks it
    ///   (medium, medium confidence);
    /// - a field of a JSON secret (`fromJSON(secrets.X).field`) echoed to the log: masking only
    ///   knows the whole secret (high);
    /// - a secret echoed to the log as is (low: masking hides it unless it is multi-line or
    ///   structured).
    ///
    /// Secrets are `${{ secrets.* }}` in the script, or environment variables set from them.
    ///
    /// ## Why it matters
    /// Logs of public repositories are public, and anyone with read access reads private ones.
    /// A transformed or unmasked secret in a log is a leaked secret; one in `$GITHUB_ENV` is
    /// readable by code the step never meant to trust.
    ///
    /// ## Not reported
    /// Secrets written to files (`> key.pem`), piped into a program that consumes them
    /// (`| docker login --password-stdin`), or passed through `env:` to the one step that uses
    /// them.
    ///
    /// ## Example
    /// ```yaml
    /// - run: echo "${{ secrets.SIGNING_KEY }}" | base64 -d          # reported
    /// - run: echo "${{ secrets.SIGNING_KEY }}" | base64 -d > key.p12  # fine
    /// ```
    pub struct SecretExposed {
        id: "gha.secret-exposed",
        title: "Secret exposed by a workflow script",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [532, 200],
        owasp: A09,
        effort: Minutes,
        impact: "The secret can be read in the job's log (public for public repositories) or by every later step of the job, including third-party actions.",
        recommendation: "Pass the secret through `env:` to the one step that needs it and write it only to a file or a program's standard input. Mask any value derived at run time before using it (`echo \"::add-mask::$TOKEN\"`), and never print secrets, transformed or not.",
        verification: "The script no longer prints or exports the secret; a run's log shows `***` or nothing in its place; `sechound review` no longer reports the line.",
    }
}

impl FileRule for SecretExposed {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_actions(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let Some(workflow) = workflow(file) else {
            return;
        };
        let src = file.text();
        for (job, step) in workflow.all_steps() {
            let Some(run) = &step.run else { continue };
            let masks = src[run.range.clone()].contains("add-mask");
            for (line, range) in script_lines(src, &run.range) {
                let code = line.trim();
                if code.starts_with('#') {
                    continue;
                }
                let secret = secret_in(src, workflow, job, step, code, &range);
                let exposure = match (&secret, exposure(code)) {
                    (Some(Secret { name, part: true }), Some(Exposure::Printed)) => Some((
                        Severity::High,
                        Confidence::High,
                        format!("`{name}` holds a field of a JSON secret (`fromJSON(secrets…)`) and is echoed to the log: masking only knows the whole secret, so the field shows in clear."),
                    )),
                    (Some(Secret { name, .. }), Some(Exposure::Transformed(tool))) => Some((
                        Severity::High,
                        Confidence::High,
                        format!("`{name}` is printed to the log through `{tool}`: masking only hides the secret's original form, so the log shows it in another."),
                    )),
                    (Some(Secret { name, .. }), Some(Exposure::Env)) => Some((
                        Severity::Medium,
                        Confidence::High,
                        format!("`{name}` is written to `$GITHUB_ENV`: every later step of the job, third-party actions included, receives it in its environment."),
                    )),
                    (Some(Secret { name, .. }), Some(Exposure::Output)) => Some((
                        Severity::Low,
                        Confidence::High,
                        format!("`{name}` is written to a step output, which any later step can read; pass the secret itself to the step that needs it."),
                    )),
                    (Some(Secret { name, .. }), Some(Exposure::Printed)) if !masks => Some((
                        Severity::Low,
                        Confidence::Medium,
                        format!("`{name}` is echoed to the log: only masking hides it, and masking misses parts of multi-line or structured secrets."),
                    )),
                    (None, Some(Exposure::Env | Exposure::Output)) if !masks => {
                        runtime_secret(code).map(|name| {
                            (
                                Severity::Medium,
                                Confidence::Medium,
                                format!("`{name}` is computed at run time and exported without `::add-mask::`, so nothing masks it in later steps' logs."),
                            )
                        })
                    }
                    _ => None,
                };
                if let Some((severity, confidence, message)) = exposure {
                    let start = range.start + (line.len() - line.trim_start().len());
                    cx.report(start..range.end, message)
                        .severity(severity)
                        .confidence(confidence);
                }
            }
        }
    }
}

/// How a line lets a value out.
enum Exposure {
    /// Printed to the log after a transformation, named.
    Transformed(String),
    /// Written to `$GITHUB_ENV` (or `::set-env`).
    Env,
    /// Written to `$GITHUB_OUTPUT` (or `::set-output`).
    Output,
    /// Echoed to the log as is.
    Printed,
}

/// Programs whose output is a different form of their input.
const TRANSFORMS: &[&str] = &[
    "base64", "base32", "xxd", "od", "hexdump", "rev", "tr", "sed", "awk", "openssl", "gzip",
    "iconv", "jq",
];

fn exposure(code: &str) -> Option<Exposure> {
    if code.contains("GITHUB_ENV") || code.contains("::set-env") {
        return Some(Exposure::Env);
    }
    if code.contains("GITHUB_OUTPUT") || code.contains("::set-output") {
        return Some(Exposure::Output);
    }
    let prints = ["echo ", "printf ", "cat "].iter().any(|p| {
        code.starts_with(p) || code.contains(&format!("; {p}")) || code.contains(&format!("&& {p}"))
    });
    if !prints {
        return None;
    }
    let stages: Vec<&str> = split_pipeline(code);
    let last = stages.last().copied().unwrap_or("").trim();
    if last.contains('>') {
        return None;
    }
    if stages.len() > 1 {
        let program = last.split_whitespace().next().unwrap_or("");
        return TRANSFORMS
            .contains(&program)
            .then(|| Exposure::Transformed(last.chars().take(40).collect()));
    }
    Some(Exposure::Printed)
}

/// The stages of a shell pipeline (`a | b | c`), `||` left alone.
fn split_pipeline(code: &str) -> Vec<&str> {
    let bytes = code.as_bytes();
    let mut stages = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'|' {
            if bytes.get(i + 1) == Some(&b'|') {
                i += 2;
                continue;
            }
            stages.push(&code[start..i]);
            start = i + 1;
        }
        i += 1;
    }
    stages.push(&code[start..]);
    stages
}

/// A secret a script line reads.
struct Secret {
    /// As the report names it: `secrets.X`, or the shell variable `$X`.
    name: String,
    /// Only a field of the secret (`fromJSON(secrets.X).field`), which masking does not know.
    part: bool,
}

/// The secret a line reads: `secrets.X` in an expression, or a shell variable (`$X`, `${X}`)
/// that `env:` sets from a secret.
fn secret_in(
    src: &str,
    workflow: &Workflow,
    job: Option<&Job>,
    step: &Step,
    code: &str,
    range: &std::ops::Range<usize>,
) -> Option<Secret> {
    let line = super::model::Text {
        value: code.to_string(),
        range: range.clone(),
    };
    for (at, inner) in expressions_in(src, &line) {
        if in_substitution(&src[range.start..at.start]) {
            continue;
        }
        if let Some(path) = flowing_paths(inner)
            .into_iter()
            .find(|p| starts_with(p, &["secrets"]) && p.len() == 2)
        {
            return Some(Secret {
                name: format!("secrets.{}", original(inner, &path[1])),
                part: inner.to_ascii_lowercase().contains("fromjson("),
            });
        }
    }
    static VARIABLE: OnceLock<Regex> = OnceLock::new();
    let variable =
        VARIABLE.get_or_init(|| Regex::new(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)").expect("regex"));
    for capture in variable.captures_iter(code) {
        let name = &capture[1];
        if in_substitution(&code[..capture.get(0).map_or(0, |m| m.start())]) {
            continue;
        }
        let Some(value) = workflow.env_value(job, step, name) else {
            continue;
        };
        let expressions = expressions_in(src, value);
        let from_secret = expressions
            .iter()
            .flat_map(|(_, inner)| mentioned_paths(inner))
            .any(|p| starts_with(&p, &["secrets"]));
        if from_secret {
            return Some(Secret {
                name: format!("${name}"),
                part: expressions
                    .iter()
                    .any(|(_, inner)| inner.to_ascii_lowercase().contains("fromjson(")),
            });
        }
    }
    None
}

/// True when the text after `before` sits inside a command substitution (`$(…)` or backticks):
/// there the secret is an argument of a command, not the text written or printed.
fn in_substitution(before: &str) -> bool {
    let mut depth = 0usize;
    let mut backticks = false;
    let mut chars = before.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '$' if chars.peek() == Some(&'(') => {
                chars.next();
                depth += 1;
            }
            ')' if depth > 0 => depth -= 1,
            '`' => backticks = !backticks,
            _ => {}
        }
    }
    depth > 0 || backticks
}

/// `name` as the expression spells it.
fn original(inner: &str, lower: &str) -> String {
    let at = inner.to_ascii_lowercase().find(&format!("secrets.{lower}"));
    match at {
        Some(at) => inner[at + 8..at + 8 + lower.len()].to_string(),
        None => lower.to_string(),
    }
}

/// For `NAME=value` exported on the line, `NAME` when it looks like a secret and the value is
/// computed in the script.
fn runtime_secret(code: &str) -> Option<String> {
    static EXPORT: OnceLock<Regex> = OnceLock::new();
    let export = EXPORT.get_or_init(|| {
        Regex::new(r#"(?:echo|printf)\s+(?:-\w+\s+)*["']?([A-Za-z_][A-Za-z0-9_]*)=([^"'>]*)"#)
            .expect("regex")
    });
    let capture = export.captures(code)?;
    let name = capture[1].to_string();
    let value = &capture[2];
    let upper = name.to_ascii_uppercase();
    let secret_like = [
        "TOKEN",
        "SECRET",
        "PASSWORD",
        "PASSWD",
        "PRIVATE_KEY",
        "API_KEY",
        "CREDENTIAL",
    ]
    .iter()
    .any(|w| upper.contains(w))
        && !upper.ends_with("_NAME")
        && !upper.ends_with("_URL")
        && !upper.ends_with("_PATH")
        && !upper.ends_with("_FILE");
    (secret_like && value.contains('$') && !value.contains("secrets.")).then_some(name)
}
