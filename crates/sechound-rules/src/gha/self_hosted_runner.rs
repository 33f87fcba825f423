use super::expr::{display, mentioned_paths, occurrences, starts_with};
use super::model::{Job, Text};
use super::{is_actions, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

/// Events through which a fork's pull request starts the workflow with the fork's version of
/// the workflow file.
const FORK_EVENTS: &[&str] = &[
    "pull_request",
    "pull_request_review",
    "pull_request_review_comment",
];

declare_rule! {
    /// ## What it finds
    /// A job on a `self-hosted` runner (directly, or through a matrix value) in a workflow that
    /// pull requests start (`pull_request`, `pull_request_review`,
    /// `pull_request_review_comment`).
    ///
    /// ## Why it matters
    /// For these events GitHub runs the workflow file as the pull request changed it, so in a
    /// public repository anyone who opens a pull request from a fork can run any command on
    /// the machine: read other jobs' leftovers and caches, plant a backdoor that persists into
    /// the next job (self-hosted runners are not wiped between jobs), or reach the internal
    /// network it sits in. An `if:` on the job does not help: the pull request can remove it.
    ///
    /// Medium confidence: a private repository that does not run workflows for forks' pull
    /// requests is not exposed, and the workflow file does not say which it is.
    ///
    /// ## Not reported
    /// GitHub-hosted labels (`ubuntu-latest`), runner groups (`runs-on: { group: … }`, which may
    /// be GitHub's larger runners), and `pull_request_target` workflows, which run the base
    /// branch's file (see `gha.untrusted-checkout` for those that run the pull request's code).
    ///
    /// ## Example
    /// ```yaml
    /// on: pull_request
    /// jobs:
    ///   test:
    ///     runs-on: [self-hosted, linux]   # reported
    /// ```
    pub struct SelfHostedRunner {
        id: "gha.self-hosted-runner",
        title: "Self-hosted runner reachable from fork pull requests",
        severity: High,
        confidence: Medium,
        area: Infrastructure,
        cwe: [829],
        owasp: A05,
        effort: Hours,
        impact: "Anyone who can open a pull request can run commands on the self-hosted machine, persist on it across jobs and reach the network it sits in.",
        recommendation: "Run pull-request jobs on GitHub-hosted runners, or on ephemeral self-hosted runners (one job per fresh machine) in an isolated network; for public repositories require approval for all outside contributors' workflow runs (Settings → Actions → Fork pull request workflows).",
        verification: "No job a pull request can start runs on a persistent self-hosted runner, the repository's fork pull-request workflow setting requires approval, and `sechound review` no longer reports the line.",
    }
}

impl FileRule for SelfHostedRunner {
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
        let Some(event) = FORK_EVENTS.iter().find(|e| workflow.triggered_by(e)) else {
            return;
        };
        for job in &workflow.jobs {
            let Some((label, how)) = self_hosted(job) else {
                continue;
            };
            cx.report(
                label.range.clone(),
                format!(
                    "Job `{}` runs on a self-hosted runner{how} and the workflow runs on `{event}`: a fork's pull request can change the workflow and run any command on that machine.",
                    job.id.value
                ),
            );
        }
    }
}

/// The `runs-on` label that makes `job` self-hosted, and how (through a matrix value).
fn self_hosted(job: &Job) -> Option<(&Text, String)> {
    for label in &job.runs_on {
        if label.value.eq_ignore_ascii_case("self-hosted") {
            return Some((label, String::new()));
        }
        for occurrence in occurrences(&label.value) {
            for path in mentioned_paths(occurrence.inner) {
                if !starts_with(&path, &["matrix"]) || path.len() != 2 {
                    continue;
                }
                let values = job
                    .matrix
                    .iter()
                    .find(|(key, _)| key.eq_ignore_ascii_case(&path[1]))
                    .map(|(_, v)| v);
                if values.is_some_and(|v| {
                    v.iter()
                        .any(|value| value.value.eq_ignore_ascii_case("self-hosted"))
                }) {
                    return Some((label, format!(" (through `{}`)", display(&path))));
                }
            }
        }
    }
    None
}
