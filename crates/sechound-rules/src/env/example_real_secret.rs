use super::{entries, is_env, real_secret};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_syntax::is_example_env;
use std::path::Path;

declare_rule! {
    /// ## What it finds
    /// An example env file (`.env.example`, `.env.sample`, `example.env`, `.env.template`)
    /// whose values look like real secrets rather than placeholders: provider credentials, or
    /// random-looking values under secret-like keys.
    ///
    /// ## Why it matters
    /// Example files are committed and copied on purpose. A real value in one is published
    /// with the repository, and developers who copy the file run with a shared, known secret.
    ///
    /// ## Not reported
    /// Placeholders (`changeme`, `your-secret-here`, `<token>`, `xxx`), empty values, and
    /// short word-like values.
    ///
    /// ## Example
    /// ```sh
    /// # .env.example
    /// JWT_SECRET=9fT2kLq8ZxW4mN7pR1vB6cY3   # reported
    /// JWT_SECRET=change-me                  # fine
    /// ```
    pub struct ExampleRealSecret {
        id: "env.example-real-secret",
        title: "Real-looking secret in an example env file",
        severity: Medium,
        confidence: Medium,
        area: ConfigurationSecrets,
        cwe: [798],
        owasp: A05,
        effort: Minutes,
        impact: "If the value is live it is public with the repository; if it is not, every copy of the example runs with the same known secret.",
        recommendation: "Replace the value with an obvious placeholder (`JWT_SECRET=change-me`) and, if it was ever real, rotate it.",
        verification: "The example file holds placeholders only and `sechound review` no longer reports it.",
    }
}

impl FileRule for ExampleRealSecret {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_env(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        if !is_example_env(Path::new(file.path)) {
            return;
        }
        for entry in entries(file) {
            if let Some(why) = real_secret(entry) {
                let message = format!(
                    "`{}` in an example file holds {why} instead of a placeholder.",
                    entry.key
                );
                cx.report(entry.range.clone(), message)
                    .mask_range(entry.value_range.clone());
            }
        }
    }
}
