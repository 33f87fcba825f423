use super::{from_parts, instructions, is_dockerfile};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// A `FROM` with no tag or with `:latest`, so each build may pull a different base image.
    ///
    /// ## Why it matters
    /// An unpinned base changes under the build without review: new packages, a changed user, a
    /// compromised upstream tag. Builds stop being reproducible and a rollback may not restore
    /// the old image.
    ///
    /// ## Not reported
    /// `scratch`, references to earlier build stages, images pinned by digest, and images
    /// given through a build argument (`FROM ${BASE_IMAGE}`), whose value the Dockerfile does
    /// not fix.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM node:latest           # reported
    /// FROM node:20.11-bookworm   # fine (a digest is better still)
    /// ```
    pub struct UnpinnedBaseImage {
        id: "docker.unpinned-base-image",
        title: "Base image not pinned",
        severity: Low,
        confidence: High,
        area: Dependencies,
        cwe: [1357],
        owasp: A08,
        effort: Minutes,
        impact: "Each build may use a different, unreviewed base image, so a compromised or changed upstream tag reaches production unnoticed.",
        recommendation: "Pin the base image to a specific version tag, ideally with its digest (`FROM node:20.11.1-bookworm-slim@sha256:…`), and update it deliberately (e.g. with Dependabot or Renovate).",
        verification: "Every `FROM` names a version tag or digest, and `sechound review` no longer reports it.",
    }
}

impl FileRule for UnpinnedBaseImage {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let mut stages: Vec<String> = Vec::new();
        for instruction in instructions(file) {
            if instruction.keyword != "FROM" {
                continue;
            }
            let (image, alias) = from_parts(&instruction.args);
            let lower = image.to_ascii_lowercase();
            let is_stage = stages.contains(&lower);
            if let Some(alias) = alias {
                stages.push(alias);
            }
            if !is_stage && lower.contains("@sha256:") {
                let name = image.split('@').next().unwrap_or(&image);
                cx.strength(
                    instruction.range.clone(),
                    format!("Base image pinned by digest (`{name}`)"),
                );
                continue;
            }
            if is_stage
                || lower == "scratch"
                || lower.contains('$')
                || lower.contains('@')
                || lower.is_empty()
            {
                continue;
            }
            // The tag follows the last `:` after the last `/` (a registry port has a `/` after it).
            let name = lower.rsplit('/').next().unwrap_or(&lower);
            let message = match name.split_once(':') {
                None => format!(
                    "`FROM {image}` has no tag, so it means `:latest`, whatever that is at build time."
                ),
                Some((_, "latest")) => format!("`FROM {image}` follows the moving `latest` tag."),
                Some(_) => continue,
            };
            cx.report(instruction.range.clone(), message);
        }
    }
}
