use super::{from_parts, instructions, is_dockerfile};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// A Dockerfile whose final stage never switches to an unprivileged user (no `USER`
    /// instruction after its `FROM`), or whose last `USER` is `root` or `0`.
    ///
    /// ## Why it matters
    /// A process running as root inside the container turns any code-execution bug into root
    /// in the container, and makes a container escape or a writable host mount far more
    /// dangerous.
    ///
    /// ## Not reported
    /// Builder stages (only the final stage runs), and base images that already run as a
    /// non-root user by name (`distroless/...:nonroot`, `*-rootless`).
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM node:20-slim
    /// COPY . /app
    /// CMD ["node", "/app/server.js"]      # reported: runs as root
    /// USER node                           # add before CMD
    /// ```
    pub struct RunsAsRoot {
        id: "docker.runs-as-root",
        title: "Container runs as root",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [250],
        owasp: A05,
        effort: Minutes,
        impact: "Any code execution in the service runs as root in the container, which widens what an attacker can read, change or escape to.",
        recommendation: "Create or pick an unprivileged user and switch to it in the final stage before the entry point, e.g. `RUN useradd --system --uid 10001 app` then `USER 10001` (official Node images ship `USER node`).",
        verification: "`docker run --rm <image> id -u` prints a non-zero uid, and `sechound review` no longer reports the Dockerfile.",
    }
}

impl FileRule for RunsAsRoot {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        let all = instructions(file);
        let Some(last_from) = all.iter().rposition(|i| i.keyword == "FROM") else {
            return;
        };
        let from = &all[last_from];
        let (image, _) = from_parts(&from.args);
        let lower = image.to_ascii_lowercase();
        if lower.contains("nonroot") || lower.contains("rootless") {
            cx.strength(
                from.range.clone(),
                format!("Container runs as a non-root user (base image `{image}`)"),
            );
            return;
        }
        let last_user = all[last_from..].iter().rev().find(|i| i.keyword == "USER");
        match last_user {
            None => {
                let message = format!(
                    "The final stage (`FROM {image}`) has no `USER` instruction, so the container runs as root."
                );
                cx.report(from.range.clone(), message);
            }
            Some(user) => {
                let name = user.args.split(':').next().unwrap_or("").trim();
                if name == "root" || name == "0" {
                    let message = format!(
                        "The final stage switches to `USER {}`, so the container runs as root.",
                        user.args
                    );
                    cx.report(user.range.clone(), message);
                } else {
                    let title = format!("Container runs as a non-root user (`USER {}`)", user.args);
                    cx.strength(user.range.clone(), title);
                }
            }
        }
    }
}
