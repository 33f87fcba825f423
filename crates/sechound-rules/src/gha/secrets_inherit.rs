use super::model::ActionRef;
use super::{is_actions, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_core::Severity;

declare_rule! {
    /// ## What it finds
    /// A job that calls a reusable workflow with `secrets: inherit`, handing it every secret the
    /// calling workflow can read. High when the called workflow lives in another repository.
    ///
    /// ## Why it matters
    /// The called workflow, and every action it uses, gets the organisation's and repository's
    /// secrets, not only the one or two it needs. A change to it, or a compromised action inside
    /// it, can read them all; the caller's file no longer says which secrets leave.
    ///
    /// ## Not reported
    /// Jobs that pass named secrets (`secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`).
    ///
    /// ## Example
    /// ```yaml
    /// jobs:
    ///   release:
    ///     uses: ./.github/workflows/release.yml
    ///     secrets: inherit               # reported
    /// ```
    pub struct SecretsInherit {
        id: "gha.secrets-inherit",
        title: "Reusable workflow called with every secret",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [200],
        owasp: A05,
        effort: Minutes,
        impact: "Every secret of the repository and organisation reaches the called workflow and each action it runs, whether or not it needs them.",
        recommendation: "Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`, with `on.workflow_call.secrets` listing them in the called workflow.",
        verification: "No job uses `secrets: inherit`, the called workflow declares each secret it receives, and `sechound review` no longer reports it.",
    }
}

impl FileRule for SecretsInherit {
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
        for job in &workflow.jobs {
            let Some(range) = &job.secrets_inherit else {
                continue;
            };
            let called = job.uses.as_ref().map(|u| u.value.as_str()).unwrap_or("?");
            let remote = matches!(ActionRef::parse(called), ActionRef::Repository { .. });
            let finding = cx.report(
                range.clone(),
                format!(
                    "Job `{}` hands every secret to `{called}`{}.",
                    job.id.value,
                    if remote {
                        ", a workflow of another repository"
                    } else {
                        ""
                    }
                ),
            );
            if remote {
                finding.severity(Severity::High);
            }
        }
    }
}
