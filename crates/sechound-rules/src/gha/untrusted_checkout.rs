use super::contexts::{PRIVILEGED_TRIGGERS, names_pull_request_code};
use super::model::{Job, Step, Workflow};
use super::{is_actions, line_within, mentioned_context, script_lines, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// A workflow triggered by `pull_request_target`, `workflow_run` or `issue_comment` (which
    /// run with the base repository's secrets and a token that can write) that brings the pull
    /// request's own code into the workspace:
    ///
    /// - `actions/checkout` with `ref:` or `repository:` naming the pull request's head
    ///   (`github.event.pull_request.head.sha`, `github.head_ref`, `refs/pull/N/merge`,
    ///   `github.event.workflow_run.head_sha` ...);
    /// - `gh pr checkout`, or `git fetch`/`git checkout` of a pull request's ref in a script;
    /// - in a `workflow_run` workflow, an artifact of the run that triggered it downloaded over
    ///   the workspace, when a later step runs something from the workspace (high).
    ///
    /// Critical when the job then runs what was checked out (an install, a build, tests, a
    /// script or a local action), high otherwise.
    ///
    /// ## Why it matters
    /// Anyone can open a pull request from a fork. These triggers exist so that a workflow can
    /// label or comment on it with a privileged token; once the fork's code is checked out and
    /// run (a `postinstall` script, a test, a Makefile), that code runs with the secrets and the
    /// write token: the "pwn request" that has compromised many projects' releases.
    ///
    /// ## Not reported
    /// Checkouts of the base branch (the default for these triggers), `pull_request` workflows
    /// (they run without secrets for forks), and artifacts downloaded into a directory of their
    /// own (read as data, the recommended way to use a pull request's results). Jobs guarded by an `if:` that only lets
    /// pull requests from the repository itself through are reported at low confidence, and jobs
    /// gated on a label at medium confidence (a label can be applied to one commit and the
    /// author can push another before the job starts).
    ///
    /// ## Example
    /// ```yaml
    /// on: pull_request_target
    /// jobs:
    ///   test:
    ///     steps:
    ///       - uses: actions/checkout@v4
    ///         with:
    ///           ref: ${{ github.event.pull_request.head.sha }}   # reported
    ///       - run: npm ci && npm test
    /// ```
    pub struct UntrustedCheckout {
        id: "gha.untrusted-checkout",
        title: "Privileged workflow checks out pull request code",
        severity: High,
        confidence: High,
        area: Infrastructure,
        cwe: [829],
        owasp: A08,
        effort: Hours,
        impact: "A pull request from any fork runs its own code with this repository's secrets and a token that can push, publish releases or change settings.",
        recommendation: "Build and test pull requests in a `pull_request` workflow, which gets no secrets and a read-only token for forks. If privileged work must follow, let a separate `workflow_run` job read the results as data only. Where a privileged job must look at the head, never run anything from it (no install, build, test, script or local action) and check it out with `persist-credentials: false`.",
        verification: "No job triggered by `pull_request_target`, `workflow_run` or `issue_comment` checks out or downloads the pull request's code and then runs it; a test pull request from a fork cannot read a secret; `sechound review` no longer reports the line.",
    }
}

impl FileRule for UntrustedCheckout {
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
        let Some(trigger) = PRIVILEGED_TRIGGERS
            .iter()
            .find(|t| workflow.triggered_by(t))
        else {
            return;
        };
        let src = file.text();
        for job in &workflow.jobs {
            for (index, step) in job.steps.iter().enumerate() {
                let Some((range, what, artifact)) = pull_request_code(src, workflow, step) else {
                    continue;
                };
                let rest_of_script = step.run.as_ref().and_then(|run| {
                    let after = src[range.end..run.range.end.max(range.end)].to_string();
                    runs_code_in(&after)
                });
                let runner = rest_of_script
                    .or_else(|| job.steps[index + 1..].iter().find_map(runs_workspace_code));
                if artifact && runner.is_none() {
                    continue;
                }
                let (severity, consequence) = match &runner {
                    Some(command) if artifact => (
                        Severity::High,
                        format!(" It is extracted over the workspace, so it can replace what `{command}` then runs: the pull request's code, with the base repository's secrets and token."),
                    ),
                    Some(command) => (
                        Severity::Critical,
                        format!(" Then `{command}` runs that code with the secrets and the token of the base repository."),
                    ),
                    None => (
                        Severity::High,
                        " Anything that later runs from the workspace runs the fork's code with the base repository's secrets and token.".to_string(),
                    ),
                };
                let (confidence, guard) = guard(src, job, step);
                let finding = cx.report(
                    range,
                    format!(
                        "`{trigger}` workflow, job `{}`: {what}.{consequence}{guard}",
                        job.id.value
                    ),
                );
                finding.severity(severity).confidence(confidence);
            }
        }
    }
}

/// Where `step` brings the pull request's code in, and how.
fn pull_request_code(
    src: &str,
    workflow: &Workflow,
    step: &Step,
) -> Option<(std::ops::Range<usize>, String, bool)> {
    if step.uses_action("actions/checkout") {
        for key in ["ref", "repository"] {
            let Some(value) = step.input(key) else {
                continue;
            };
            let named = mentioned_context(src, value, names_pull_request_code).or_else(|| {
                (value.value.contains("refs/pull/") || value.value.contains("pull/"))
                    .then(|| value.value.clone())
            });
            if let Some(named) = named {
                return Some((
                    value.range.clone(),
                    format!(
                        "`actions/checkout` checks out the pull request's code (`{key}: {named}`)"
                    ),
                    false,
                ));
            }
        }
        return None;
    }
    if let Some(run) = &step.run {
        for (line, range) in script_lines(src, &run.range) {
            let command = line.trim();
            let fetches_pull = (command.contains("git fetch") || command.contains("git pull"))
                && command.contains("pull/");
            let checks_out_head = (command.contains("git checkout")
                || command.contains("git switch")
                || command.contains("git reset"))
                && mentioned_context(
                    src,
                    &super::model::Text {
                        value: command.to_string(),
                        range: range.clone(),
                    },
                    names_pull_request_code,
                )
                .is_some();
            if command.contains("gh pr checkout") || fetches_pull || checks_out_head {
                let command = without_comment(command);
                let start = range.start + (line.len() - line.trim_start().len());
                return Some((
                    line_within(src, &run.range, start),
                    format!("the script fetches the pull request's code (`{command}`)"),
                    false,
                ));
            }
        }
    }
    if workflow.triggered_by("workflow_run") {
        let from_triggering_run = step.with.iter().any(|(k, v)| {
            matches!(k.value.as_str(), "run-id" | "run_id")
                && v.value.contains("github.event.workflow_run.id")
        });
        let downloads = step.uses_action("actions/download-artifact")
            || step.uses_action("dawidd6/action-download-artifact");
        // Into a directory of its own, the artifact is data; over the workspace it can replace
        // the scripts and manifests that later steps run.
        let into_workspace = step.input("path").is_none_or(|p| {
            matches!(
                p.value.trim().trim_end_matches('/'),
                "" | "." | "${{ github.workspace }}" | "$GITHUB_WORKSPACE"
            )
        });
        if downloads && from_triggering_run && into_workspace {
            let uses = step.uses.as_ref()?;
            return Some((
                uses.range.clone(),
                "it downloads an artifact of the run that triggered it".to_string(),
                true,
            ));
        }
    }
    None
}

/// Programs that run what is in the workspace (a build, tests, an install with its scripts).
const RUNNERS: &[&str] = &[
    "npm", "npx", "yarn", "pnpm", "bun", "node", "deno", "pip", "pip3", "python", "python3",
    "pytest", "tox", "nox", "poetry", "uv", "make", "cargo", "go", "mvn", "gradle", "bundle",
    "rake", "composer", "docker", "sh", "bash", "source",
];

/// The command of `step` that runs workspace code, if any: a local action, a build tool or a
/// script of the repository.
fn runs_workspace_code(step: &Step) -> Option<String> {
    if let Some(uses) = &step.uses
        && uses.value.starts_with("./")
    {
        return Some(format!("uses: {}", uses.value));
    }
    runs_code_in(&step.run.as_ref()?.value)
}

/// The first line of `script` that runs workspace code.
fn runs_code_in(script: &str) -> Option<String> {
    script
        .lines()
        .map(|l| without_comment(l.trim()))
        .find_map(|line| {
            line.split(['&', ';', '|'])
                .filter_map(|command| command.split_whitespace().next())
                .any(|program| RUNNERS.contains(&program) || program.starts_with("./"))
                .then(|| line.chars().take(60).collect())
        })
}

/// A shell line without its trailing comment.
fn without_comment(line: &str) -> &str {
    match line.find(" #") {
        Some(at) => line[..at].trim_end(),
        None => line,
    }
}

/// The confidence given the `if:` conditions of the job and step, and a note about them.
fn guard(src: &str, job: &Job, step: &Step) -> (Confidence, String) {
    let conditions: Vec<&str> = [&job.condition, &step.condition]
        .into_iter()
        .flatten()
        .map(|c| &src[c.range.clone()])
        .collect();
    let text = conditions.join(" ");
    if text.contains("head.repo.full_name == github.repository")
        || text.contains("github.repository == github.event.pull_request.head.repo.full_name")
        || text.contains("head.repo.fork == false")
        || text.contains("!github.event.pull_request.head.repo.fork")
    {
        return (
            Confidence::Low,
            " (The job's condition seems to admit only pull requests from this repository; confirm it cannot be met by a fork.)".into(),
        );
    }
    if text.contains("labels") || text.contains("author_association") {
        return (
            Confidence::Medium,
            " (The job is gated on a label or the author's association: the head can still change after approval, so check out the exact approved commit.)".into(),
        );
    }
    (Confidence::High, String::new())
}
