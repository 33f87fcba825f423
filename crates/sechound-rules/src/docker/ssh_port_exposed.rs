use super::{instructions, is_dockerfile};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// `EXPOSE 22` (or `22/tcp`): an image that publishes the SSH port.
    ///
    /// ## Why it matters
    /// An SSH daemon in an application container is an extra, usually forgotten way in, with
    /// its own credentials and keys baked into the image; containers are reached with
    /// `docker exec` / `kubectl exec`, which go through the orchestrator's access control.
    ///
    /// ## Not reported
    /// Other ports; SSH servers that the image runs without exposing port 22 are not detected.
    ///
    /// ## Example
    /// ```dockerfile
    /// EXPOSE 22 8080      # reported
    /// ```
    pub struct SshPortExposed {
        id: "docker.ssh-port-exposed",
        title: "Image exposes the SSH port",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [284],
        owasp: A05,
        effort: Minutes,
        impact: "The container offers an SSH login next to the application: another service to attack, with credentials that live in the image.",
        recommendation: "Remove the SSH server and `EXPOSE 22`; debug through `docker exec`, `kubectl exec` or ECS Exec, which are authenticated and audited by the platform.",
        verification: "`docker inspect <image>` shows no `22/tcp` in `ExposedPorts`, and nothing listens on port 22 in the container.",
    }
}

impl FileRule for SshPortExposed {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        for instruction in instructions(file) {
            if instruction.keyword != "EXPOSE" {
                continue;
            }
            let ssh = instruction.args.split_whitespace().any(|port| {
                let number = port.split('/').next().unwrap_or(port);
                number == "22" || number.split('-').next() == Some("22")
            });
            if ssh {
                cx.report(
                    instruction.range.clone(),
                    "The image exposes port 22 (SSH).",
                );
            }
        }
    }
}
