use super::{Place, ProjectFindings, ProjectRule};
use crate::declare_rule;
use sechound_core::project::{ControlKind, ProjectModel};

/// Reads cited in one finding; the rest are counted.
const MAX_RELATED: usize = 9;

declare_rule! {
    /// ## What it finds
    /// An application that reads secrets from the environment (`JWT_SECRET`, `DATABASE_URL`,
    /// API keys) with no validation of its configuration at start-up anywhere: no zod/envalid/
    /// joi schema over `process.env`, no pydantic `BaseSettings`, no explicit check that fails
    /// fast when a secret is missing.
    ///
    /// Only reads in the application's own package count (the directory of the file that
    /// creates the application, and below): a library that also ships a server reads provider
    /// credentials for other purposes.
    ///
    /// ## Why it matters
    /// A missing or empty secret is then discovered at the first request that needs it, or
    /// never: `jwt.sign(payload, undefined)` throws late, an empty signing key signs tokens
    /// anyone can forge, a fallback default is silently used in production.
    pub struct SecretsEnvNotValidated {
        id: "project.secrets-env-not-validated",
        title: "Secrets read from the environment without start-up validation",
        severity: Low,
        confidence: Medium,
        area: ConfigurationSecrets,
        cwe: [1188],
        owasp: A05,
        effort: Hours,
        impact: "A missing or empty secret goes unnoticed until a request needs it, and may leave tokens signed with an empty or default key.",
        recommendation: "Validate the configuration once at start-up and refuse to start when a secret is missing or weak: a zod or envalid schema over `process.env`, pydantic `BaseSettings` with required fields, or an explicit check that exits.",
        verification: "Start the service with the secret unset and expect it to exit immediately with a message naming the variable.",
    }
}

impl ProjectRule for SecretsEnvNotValidated {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let validated = model
            .controls
            .iter()
            .any(|c| c.kind == ControlKind::EnvValidation && c.present);
        if validated {
            return;
        }
        // Reads in the application's own package: a library that also ships a server (or a
        // build script next to the app) reads provider keys for other purposes.
        let app_dirs: Vec<&str> = model
            .applications
            .iter()
            .map(|a| a.file.rsplit_once('/').map_or("", |(d, _)| d))
            .collect();
        let reads: Vec<_> = model
            .secret_env_reads
            .iter()
            .filter(|r| {
                app_dirs
                    .iter()
                    .any(|d| d.is_empty() || r.file.starts_with(&format!("{d}/")))
            })
            .collect();
        let Some(first) = reads.first() else {
            return;
        };
        let mut names: Vec<&str> = reads.iter().map(|r| r.detail.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let finding = out.report(
            &Self::META,
            Place {
                file: first.file.clone(),
                line: first.line,
            },
            format!(
                "The code reads {} secret-like environment variable{} ({}) and nothing validates the configuration at start-up.",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                names.join(", ")
            ),
        );
        finding.related = reads
            .iter()
            .skip(1)
            .take(MAX_RELATED)
            .map(|r| Place {
                file: r.file.clone(),
                line: r.line,
            })
            .collect();
    }
}
