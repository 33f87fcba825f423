use super::yaml;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A service `image:` with no tag (`image: redis`, which means `:latest`) or with the
    /// `:latest` tag, so each `docker compose pull` may run a different image.
    ///
    /// Recorded as a strength, once per file: every pulled image is pinned to a version tag or a
    /// digest.
    ///
    /// ## Why it matters
    /// A floating tag changes under the stack without review: a new major version of the
    /// database, a changed default user, or a compromised upstream push. Deployments stop being
    /// reproducible and a rollback may not bring back the old image.
    ///
    /// ## Not reported
    /// Images pinned by digest (`@sha256:...`), images given by a variable (`${API_IMAGE}`,
    /// `app:${TAG}`), and services that also have `build:` (there `image:` names the built
    /// image rather than one pulled from a registry).
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   cache:
    ///     image: redis                # reported
    ///   db:
    ///     image: postgres:16.3-alpine # fine (a digest is better still)
    /// ```
    pub struct UnpinnedImage {
        id: "compose.unpinned-image",
        title: "Compose service image not pinned",
        severity: Low,
        confidence: High,
        area: Dependencies,
        cwe: [1357],
        owasp: A08,
        effort: Minutes,
        impact: "Each pull may run a different, unreviewed image: an upstream change or a compromised tag reaches the deployment unnoticed and rollbacks are unreliable.",
        recommendation: "Pin the image to a version tag, ideally with its digest (`image: redis:7.2.5-alpine@sha256:…`), and update it deliberately (Dependabot or Renovate understand Compose files).",
        verification: "Every `image:` names a version tag or digest, `docker compose config --images` lists no `:latest`, and `sechound review` no longer reports the line.",
    }
}

impl CodeRule for UnpinnedImage {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Compose
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["stream"]
    }

    fn check<'f>(&self, root: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let services = yaml::services(root, src);
        let mut pinned = 0;
        let mut by_digest = 0;
        let mut unpinned = 0;
        let mut first_key = None;
        for service in &services {
            if service.builds(src) {
                continue;
            }
            let Some((pair, Some(value))) = service.pair("image", src) else {
                continue;
            };
            let Some(image) = yaml::scalar(value, src) else {
                continue;
            };
            let image = image.trim();
            if image.is_empty() || image.contains('$') {
                continue;
            }
            first_key.get_or_insert(service.key);
            if image.contains('@') {
                pinned += 1;
                by_digest += 1;
                continue;
            }
            // The tag follows the last `:` after the last `/` (a registry port has a `/` after it).
            let last = image.rsplit('/').next().unwrap_or(image);
            let name = &service.name;
            let message = match last.split_once(':') {
                None => format!(
                    "Service `{name}` uses `{image}` without a tag, which means `:latest` at pull time."
                ),
                Some((_, tag)) if tag.eq_ignore_ascii_case("latest") => {
                    format!("Service `{name}` uses the floating tag `{image}`.")
                }
                Some(_) => {
                    pinned += 1;
                    continue;
                }
            };
            unpinned += 1;
            cx.report(pair, message);
        }
        if unpinned == 0
            && pinned > 0
            && let Some(key) = first_key
        {
            let digests = if by_digest > 0 {
                format!(" ({by_digest} by digest)")
            } else {
                String::new()
            };
            let images = if pinned == 1 { "image" } else { "images" };
            cx.strength(
                key,
                format!("All {pinned} service {images} pinned to a version{digests}"),
            );
        }
    }
}
