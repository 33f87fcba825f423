use super::model::{Document, Grant, Job, Permissions, Step};
use super::{is_actions, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// Token permissions broader than the work needs, where the workflow shows it:
    ///
    /// - `permissions: write-all`, at the top or on a job (high);
    /// - write scopes granted at the top of a workflow with several jobs, so that every job
    ///   without its own `permissions:` gets them (low);
    /// - write scopes on a job none of whose steps can use the token: every step is a script
    ///   that never mentions the token, `gh`, `git push` or a release, or one of GitHub's
    ///   read-only actions (checkout, setup-*, cache, artifacts) (low, medium confidence).
    ///
    /// ## Why it matters
    /// Whatever runs in the job (each action, each dependency installed, an injected command)
    /// can use the token. A write scope nobody needs turns a compromised step into a pushed
    /// commit, a published package or a rewritten release.
    ///
    /// ## Not reported
    /// `id-token: write` (scripts use it for OIDC without naming the token), jobs that call a
    /// reusable workflow, and write scopes on a job whose steps may use them.
    ///
    /// ## Example
    /// ```yaml
    /// permissions: write-all        # reported
    /// ```
    pub struct ExcessivePermissions {
        id: "gha.excessive-permissions",
        title: "Workflow token has more permissions than needed",
        severity: High,
        confidence: High,
        area: Authorization,
        cwe: [250],
        owasp: A01,
        effort: Minutes,
        impact: "Any step of the job, including third-party actions and installed dependencies, can push code, publish packages or change releases with the token.",
        recommendation: "Grant `contents: read` at the top of the workflow and only the write scopes each job needs on that job (`permissions: { contents: write }` on the release job alone). Never use `write-all`.",
        verification: "No `write-all` remains, write scopes sit on the jobs that use them, the job log's \"GITHUB_TOKEN Permissions\" section lists only those, and `sechound review` no longer reports it.",
    }
}

impl FileRule for ExcessivePermissions {
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
        if workflow.document != Document::Workflow {
            return;
        }
        let src = file.text();
        let key = |p: &Permissions| p.range.start..p.range.start + "permissions".len();
        if let Some(top) = &workflow.permissions {
            if top.grant == Grant::WriteAll {
                cx.report(
                    key(top),
                    "`permissions: write-all` gives every job of the workflow a token that can write to every scope.",
                );
            } else {
                let writes = top.write_scopes();
                let inheriting: Vec<&str> = workflow
                    .jobs
                    .iter()
                    .filter(|j| j.permissions.is_none() && j.uses.is_none())
                    .map(|j| j.id.value.as_str())
                    .collect();
                let writes: Vec<&str> = writes
                    .iter()
                    .map(|s| s.value.as_str())
                    .filter(|s| *s != "id-token")
                    .collect();
                if !writes.is_empty() && workflow.jobs.len() > 1 && inheriting.len() > 1 {
                    cx.report(
                        key(top),
                        format!(
                            "The workflow grants {} to every job; {} jobs ({}) inherit it. Grant write scopes on the job that needs them.",
                            scopes(&writes),
                            inheriting.len(),
                            inheriting.iter().map(|j| format!("`{j}`")).collect::<Vec<_>>().join(", ")
                        ),
                    )
                    .severity(Severity::Low)
                    .confidence(Confidence::Medium);
                }
            }
        }
        for job in &workflow.jobs {
            let Some(permissions) = &job.permissions else {
                continue;
            };
            if permissions.grant == Grant::WriteAll {
                cx.report(
                    key(permissions),
                    format!(
                        "Job `{}` has `permissions: write-all`: a token that can write to every scope.",
                        job.id.value
                    ),
                );
                continue;
            }
            let writes: Vec<&str> = permissions
                .write_scopes()
                .iter()
                .map(|s| s.value.as_str())
                .filter(|s| *s != "id-token")
                .collect();
            if writes.is_empty() || job.uses.is_some() || job.steps.is_empty() {
                continue;
            }
            if job.steps.iter().all(|s| cannot_use_token(src, s)) && !mentions_token(src, job) {
                cx.report(
                    key(permissions),
                    format!(
                        "Job `{}` is granted {} but none of its steps uses the token: they are scripts that never name it and read-only actions.",
                        job.id.value,
                        scopes(&writes)
                    ),
                )
                .severity(Severity::Low)
                .confidence(Confidence::Medium);
            }
        }
    }
}

fn scopes(writes: &[&str]) -> String {
    writes
        .iter()
        .map(|s| format!("`{s}: write`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// GitHub's actions that only read with the token (or do not use it).
const READ_ONLY_ACTIONS: &[&str] = &[
    "actions/checkout",
    "actions/cache",
    "actions/upload-artifact",
    "actions/download-artifact",
    "actions/setup-node",
    "actions/setup-python",
    "actions/setup-go",
    "actions/setup-java",
    "actions/setup-dotnet",
];

/// Words in a script that show it may use the token or the credentials checkout left behind.
const TOKEN_USES: &[&str] = &[
    "github_token",
    "github.token",
    "gh_token",
    "gh ",
    "git push",
    "git tag",
    "git commit",
    "curl",
    "wget",
    "api.github.com",
    "release",
    "publish",
    "deploy",
];

fn cannot_use_token(src: &str, step: &Step) -> bool {
    if let Some(uses) = &step.uses {
        return READ_ONLY_ACTIONS
            .iter()
            .any(|a| step.uses_action(a) && !uses.value.contains("${{"));
    }
    let Some(run) = &step.run else {
        return true;
    };
    let script = src[run.range.clone()].to_ascii_lowercase();
    !TOKEN_USES.iter().any(|w| script.contains(w))
}

/// True when the job's `env:` or any step's `env:`/`with:` passes the token on.
fn mentions_token(src: &str, job: &Job) -> bool {
    let texts = job
        .env
        .iter()
        .chain(job.steps.iter().flat_map(|s| s.env.iter().chain(&s.with)));
    texts
        .map(|(_, v)| src[v.range.clone()].to_ascii_lowercase())
        .any(|v| v.contains("github.token") || v.contains("github_token"))
}
