use super::{entries, is_env, real_secret};
use crate::secrets::patterns::{is_placeholder, is_secret_name};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::is_example_env;
use std::path::Path;

declare_rule! {
    /// ## What it finds
    /// An env file that is part of the repository (not ignored by `.gitignore`, and not an
    /// example such as `.env.example`) holding secret values: provider credentials, or
    /// random-looking values under secret-like keys (`JWT_SECRET`, `DB_PASSWORD`, `*_API_KEY`).
    /// Short or word-like values under secret-like keys are reported at low severity: a weak
    /// development secret that must not reach production.
    ///
    /// ## Why it matters
    /// Env files are meant to stay on the machine that runs the service. Once committed, every
    /// clone, fork and CI log has the secrets, and they stay in history after deletion.
    ///
    /// ## Not reported
    /// Env files ignored by `.gitignore` (sechound does not read them), example/sample/template
    /// files (see `env.example-real-secret`), empty values and placeholders.
    ///
    /// ## Example
    /// ```sh
    /// # .env (committed)
    /// STRIPE_SECRET_KEY=sk_live_…      # reported
    /// ```
    pub struct CommittedSecret {
        id: "env.committed-secret",
        title: "Secret in a committed env file",
        severity: High,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [538, 798],
        owasp: A05,
        effort: Hours,
        impact: "Everyone with access to the repository, its forks or its history holds the secrets in the file and can use them against the services they unlock.",
        recommendation: "Rotate every secret in the file, remove the file from git (`git rm --cached`), add it to `.gitignore`, and commit a `.env.example` with placeholders instead.",
        verification: "`git ls-files` no longer lists the file, `.gitignore` covers it, the old secrets are rejected, and `sechound review` reports nothing for it.",
    }
}

impl FileRule for CommittedSecret {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_env(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        if is_example_env(Path::new(file.path)) {
            return;
        }
        for entry in entries(file) {
            if entry.value.is_empty() || is_placeholder(&entry.value) {
                continue;
            }
            let advice = format!(
                "Take `{path}` out of git (`git rm --cached {path}`), add it to `.gitignore`, and commit a `.env.example` with a placeholder for `{key}`; give `{key}` a new value wherever this one was used.",
                path = file.path,
                key = entry.key
            );
            match real_secret(entry) {
                Some(why) => {
                    let message = format!("`{}` holds {why} in a committed env file.", entry.key);
                    cx.report(entry.range.clone(), message)
                        .mask_range(entry.value_range.clone())
                        .about_secret(&entry.key, advice);
                }
                None if is_secret_name(&entry.key) => {
                    let message = format!(
                        "`{}` is set to a short, guessable value in a committed env file; if this value reaches production, the secret is public.",
                        entry.key
                    );
                    cx.report(entry.range.clone(), message)
                        .mask_range(entry.value_range.clone())
                        .severity(Severity::Low)
                        .confidence(Confidence::Medium)
                        .about_secret(&entry.key, advice);
                }
                None => {}
            }
        }
    }
}
