use super::{instructions, is_dockerfile, program, simple_commands};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// `RUN` instructions that call `sudo`, or that install the `sudo` package (`apt-get
    /// install sudo`, `apk add sudo`, `yum`/`dnf install sudo`).
    ///
    /// ## Why it matters
    /// Build steps already run as root until a `USER` instruction; `sudo` in an image means a
    /// non-root user is given a way back to root, so a compromise of the service is a
    /// compromise of the whole container (hadolint DL3004).
    ///
    /// ## Not reported
    /// Dockerfiles that never mention `sudo`; `gosu` and `su-exec`, which drop privileges
    /// instead of gaining them.
    ///
    /// ## Example
    /// ```dockerfile
    /// RUN apt-get update && apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers   # reported
    /// ```
    pub struct SudoUsed {
        id: "docker.sudo-used",
        title: "sudo used or installed in the image",
        severity: Low,
        confidence: High,
        area: Infrastructure,
        cwe: [250],
        owasp: A05,
        effort: Minutes,
        impact: "The runtime user can regain root inside the container, so any code execution in the service gets full control of it.",
        recommendation: "Run privileged build steps before `USER` (they already run as root) and drop `sudo`; if an entry point must switch users, use `gosu` or `su-exec` to drop privileges, never to gain them.",
        verification: "`docker run --rm <image> which sudo` finds nothing, and `sechound review` no longer reports the Dockerfile.",
    }
}

const INSTALLERS: &[&str] = &["apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper"];

impl FileRule for SudoUsed {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        for instruction in instructions(file) {
            if instruction.keyword != "RUN" {
                continue;
            }
            let commands = simple_commands(&instruction.args);
            let calls = commands.iter().any(|c| {
                c.iter()
                    .find(|w| !w.contains('='))
                    .is_some_and(|w| w == "sudo")
            });
            let installs = commands.iter().any(|c| {
                program(c).is_some_and(|(name, args)| {
                    INSTALLERS.contains(&name)
                        && args.iter().any(|a| a == "install" || a == "add")
                        && args.iter().any(|a| a == "sudo")
                })
            });
            let message = match (calls, installs) {
                (_, true) => "The image installs `sudo`, giving its users a way back to root.",
                (true, false) => {
                    "A build step calls `sudo`: build steps already run as root, and an image that needs `sudo` ships a path back to root."
                }
                _ => continue,
            };
            cx.report(instruction.range.clone(), message);
        }
    }
}
