use super::model::{ActionRef, Step};
use super::{is_actions, is_commit_sha, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// `actions/checkout` left to persist its credentials (the default: the token is written
    /// into `.git/config`) in a job that later uploads the checked-out directory as an artifact
    /// with `actions/upload-artifact` (`path: .`, `${{ github.workspace }}`, `**`, or the
    /// checkout's own `path:`), hidden files included: versions before 4.4, or
    /// `include-hidden-files: true`.
    ///
    /// High when the checkout uses a personal access token or another secret (`token:`), which
    /// outlives the job; medium for the job's own `GITHUB_TOKEN`. A commit-pinned
    /// `upload-artifact` whose version the line's comment does not give is reported at low
    /// confidence.
    ///
    /// ## Why it matters
    /// Anyone who can download the artifact (anyone at all, for a public repository) reads the
    /// token out of `.git/config`: the job's `GITHUB_TOKEN` while the run lasts, a personal
    /// access token until it is revoked.
    ///
    /// ## Not reported
    /// Checkouts with `persist-credentials: false`, uploads of build output (`dist/`,
    /// `coverage/`), and `upload-artifact` 4.4 or later (including `@v4`) without
    /// `include-hidden-files: true`, which leaves `.git` out.
    ///
    /// ## Example
    /// ```yaml
    /// - uses: actions/checkout@v3          # reported
    /// - uses: actions/upload-artifact@v3
    ///   with:
    ///     path: .
    /// ```
    pub struct CredentialsInArtifact {
        id: "gha.credentials-in-artifact",
        title: "Checkout credentials uploaded in an artifact",
        severity: Medium,
        confidence: High,
        area: ConfigurationSecrets,
        cwe: [522, 200],
        owasp: A05,
        effort: Minutes,
        impact: "Whoever downloads the artifact reads the repository token from `.git/config` and can use it with the job's permissions.",
        recommendation: "Check out with `persist-credentials: false` (configure a token only in the step that pushes), and upload only the build output, not the workspace; on `actions/upload-artifact` 4.4+ leave `include-hidden-files` off.",
        verification: "The checkout step sets `persist-credentials: false`, a downloaded artifact holds no `.git/config` with an `extraheader`, and `sechound review` no longer reports the line.",
    }
}

impl FileRule for CredentialsInArtifact {
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
        for job in &workflow.jobs {
            for (index, checkout) in job.steps.iter().enumerate() {
                if !checkout.uses_action("actions/checkout")
                    || checkout
                        .input("persist-credentials")
                        .is_some_and(|v| v.value.trim().eq_ignore_ascii_case("false"))
                {
                    continue;
                }
                let directory = checkout
                    .input("path")
                    .map(|p| p.value.trim().trim_end_matches('/').to_string());
                let upload = job.steps[index + 1..]
                    .iter()
                    .find_map(|step| uploads_workspace(step, directory.as_deref()));
                let Some((upload_step, path, confidence)) = upload else {
                    continue;
                };
                let Some(uses) = &checkout.uses else { continue };
                let personal = checkout
                    .input("token")
                    .is_some_and(|t| t.value.contains("secrets."));
                let line = src[..upload_step.range.start].matches('\n').count() + 1;
                let token = if personal {
                    "the token given to checkout (a secret that outlives the job)"
                } else {
                    "the job's `GITHUB_TOKEN`"
                };
                let finding = cx.report(
                    uses.range.clone(),
                    format!(
                        "Job `{}` checks out with persisted credentials and the step at line {line} uploads `{path}` as an artifact with hidden files: `.git/config` in it holds {token}.",
                        job.id.value
                    ),
                );
                finding.confidence(confidence);
                if personal {
                    finding.severity(Severity::High);
                }
            }
        }
    }
}

/// For an `actions/upload-artifact` step whose `path:` covers the checkout (`directory`, the
/// workspace when `None`) and keeps hidden files: the step, the path and the confidence.
fn uploads_workspace<'a>(
    step: &'a Step,
    directory: Option<&str>,
) -> Option<(&'a Step, String, Confidence)> {
    if !step.uses_action("actions/upload-artifact") {
        return None;
    }
    let path = step.input("path")?;
    let covering = path.value.lines().map(str::trim).find(|entry| {
        let entry = entry.trim_end_matches('/');
        let workspace = matches!(
            entry,
            "." | "./"
                | "*"
                | "**"
                | "./*"
                | "./**"
                | "**/*"
                | "${{ github.workspace }}"
                | "$GITHUB_WORKSPACE"
        ) || entry.contains(".git");
        workspace
            || directory.is_some_and(|d| !d.is_empty() && (entry == d || entry == format!("./{d}")))
    })?;
    let hidden_files = step
        .input("include-hidden-files")
        .is_some_and(|v| v.value.trim().eq_ignore_ascii_case("true"));
    let confidence = if hidden_files {
        Confidence::High
    } else {
        let ActionRef::Repository { git_ref, .. } = step.action()? else {
            return None;
        };
        let git_ref = git_ref.unwrap_or_default();
        let version = if is_commit_sha(&git_ref) {
            step.uses_comment.clone().unwrap_or_default()
        } else {
            git_ref
        };
        match keeps_hidden_files(&version) {
            Some(true) => Confidence::High,
            Some(false) => return None,
            None => Confidence::Low,
        }
    };
    Some((step, covering.to_string(), confidence))
}

/// Whether `upload-artifact` at `version` (`v3`, `v4.3.1`, `v4`) uploads hidden files by
/// default; `None` when the version is unknown. 4.4.0 stopped doing so, and a major tag (`v4`)
/// points to the latest 4.x.
fn keeps_hidden_files(version: &str) -> Option<bool> {
    let digits = version.trim().trim_start_matches(['v', 'V']);
    let mut parts = digits.split('.').map(|p| p.parse::<u32>().ok());
    let major = parts.next()??;
    let minor = parts.next().flatten();
    Some(match (major, minor) {
        (0..=3, _) => true,
        (4, Some(minor)) => minor < 4,
        _ => false,
    })
}
