use super::model::Document;
use super::{is_actions, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// A workflow with no `permissions:` at the top and at least one job without its own: those
    /// jobs get the repository's default `GITHUB_TOKEN` permissions.
    ///
    /// ## Why it matters
    /// The default is read-write on every scope for repositories created before February 2023
    /// and for organisations that kept that setting, so any step (a compromised action, an
    /// injected command) can push code, publish packages or rewrite releases. The workflow file
    /// does not say which default applies, hence medium confidence.
    ///
    /// ## Not reported
    /// Workflows that only `workflow_call` starts (the caller's permissions apply), and workflows
    /// whose every job declares `permissions:`. Action metadata files, which have no token of
    /// their own.
    ///
    /// ## Example
    /// ```yaml
    /// on: push            # reported: no permissions anywhere
    /// jobs:
    ///   test:
    ///     runs-on: ubuntu-latest
    /// ```
    /// Fix: add `permissions: { contents: read }` at the top and grant more per job.
    pub struct DefaultPermissions {
        id: "gha.default-permissions",
        title: "Workflow token permissions not declared",
        severity: Medium,
        confidence: Medium,
        area: Authorization,
        cwe: [250],
        owasp: A05,
        effort: Minutes,
        impact: "Every step of the jobs without `permissions:` may hold a token that can push code, publish packages and change releases, depending on a repository setting the workflow does not show.",
        recommendation: "Declare the least the workflow needs at the top (`permissions: { contents: read }`) and grant write scopes only on the jobs that need them (`permissions: { contents: write }` on the release job).",
        verification: "The workflow has a top-level `permissions:` block (or every job has one), the job log's \"GITHUB_TOKEN Permissions\" section lists only what was granted, and `sechound review` no longer reports it.",
    }
}

impl FileRule for DefaultPermissions {
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
        if workflow.document != Document::Workflow || workflow.jobs.is_empty() {
            return;
        }
        if workflow.permissions.is_some() {
            return;
        }
        if workflow.triggers.iter().all(|t| t.value == "workflow_call")
            && !workflow.triggers.is_empty()
        {
            return;
        }
        let open: Vec<&str> = workflow
            .jobs
            .iter()
            .filter(|job| job.permissions.is_none())
            .map(|job| job.id.value.as_str())
            .collect();
        if open.is_empty() {
            return;
        }
        let jobs = if open.len() == workflow.jobs.len() {
            "any job".to_string()
        } else {
            format!(
                "job{} {}",
                if open.len() == 1 { "" } else { "s" },
                open.iter()
                    .map(|j| format!("`{j}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let at = workflow
            .on
            .clone()
            .unwrap_or_else(|| workflow.jobs[0].id.range.clone());
        cx.report(
            at,
            format!(
                "No `permissions:` for the workflow or {jobs}: they run with the repository's default token, which is read-write on older repositories and organisations that kept that default."
            ),
        );
    }
}
