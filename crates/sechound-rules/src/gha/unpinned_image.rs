use super::model::{ActionRef, Text};
use super::{is_actions, workflow};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// A Docker image a workflow runs with no tag (which means `:latest`) or with the `:latest`
    /// tag: `uses: docker://image` steps, a job's `container:`, its `services:`, and the
    /// `image: docker://…` of a Docker action's `action.yml`.
    ///
    /// ## Why it matters
    /// The job runs inside that image, or next to it, with the job's secrets in reach. A floating
    /// tag changes without review: a compromised or changed upstream image runs in CI on the next
    /// push, and an old run cannot be reproduced.
    ///
    /// ## Not reported
    /// Images with a version tag or a digest (`node:20.11`, `alpine@sha256:…`; a digest is
    /// better still), images given by an expression (`${{ matrix.image }}`), and Docker actions
    /// built from their own `Dockerfile`.
    ///
    /// ## Example
    /// ```yaml
    /// jobs:
    ///   test:
    ///     container: node                  # reported
    ///     services:
    ///       db:
    ///         image: postgres:16.3         # fine
    /// ```
    pub struct UnpinnedImage {
        id: "gha.unpinned-image",
        title: "Workflow container image not pinned",
        severity: Medium,
        confidence: High,
        area: Dependencies,
        cwe: [1357, 829],
        owasp: A08,
        effort: Minutes,
        impact: "Each run may use a different, unreviewed image inside the job, with the job's secrets and token in reach; runs are not reproducible.",
        recommendation: "Name a version tag, ideally with its digest (`image: postgres:16.3@sha256:…`), and let Dependabot or Renovate propose updates.",
        verification: "Every image in the workflow names a version tag or digest, and `sechound review` no longer reports it.",
    }
}

impl FileRule for UnpinnedImage {
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
        let mut images: Vec<(String, &Text, String)> = Vec::new();
        for (job, step) in workflow.all_steps() {
            if let (Some(uses), Some(ActionRef::Docker(image))) = (&step.uses, step.action()) {
                let place = match job {
                    Some(job) => format!("a step of job `{}`", job.id.value),
                    None => "a step of the action".to_string(),
                };
                images.push((image, uses, place));
            }
        }
        for job in &workflow.jobs {
            if let Some(container) = &job.container {
                images.push((
                    container.value.clone(),
                    container,
                    format!("the container of job `{}`", job.id.value),
                ));
            }
            for (name, image) in &job.services {
                images.push((
                    image.value.clone(),
                    image,
                    format!("service `{}` of job `{}`", name.value, job.id.value),
                ));
            }
        }
        if let Some(runs) = &workflow.runs
            && let Some(image) = &runs.image
            && let Some(name) = image.value.strip_prefix("docker://")
        {
            images.push((name.to_string(), image, "the action".to_string()));
        }
        for (image, text, place) in images {
            let image = image.trim();
            if image.is_empty() || image.contains("${{") || image.contains('@') {
                continue;
            }
            let last = image.rsplit('/').next().unwrap_or(image);
            let message = match last.split_once(':') {
                None => format!(
                    "{place} runs `{image}` without a tag, which means `:latest` at run time."
                ),
                Some((_, tag)) if tag.eq_ignore_ascii_case("latest") => {
                    format!("{place} runs the floating tag `{image}`.")
                }
                Some(_) => continue,
            };
            let mut message = message;
            if let Some(first) = message.get(..1) {
                message = first.to_uppercase() + &message[1..];
            }
            cx.report(text.range.clone(), message);
        }
    }
}
