use super::{instructions, is_dockerfile, program, simple_commands};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// Package installs that skip signature checks: `apt-get`/`apt` with
    /// `--allow-unauthenticated`, `--allow-insecure-repositories` or
    /// `-o Acquire::AllowInsecureRepositories=true`, an APT source marked `[trusted=yes]`,
    /// `apk add --allow-untrusted`, `yum`/`dnf` with `--nogpgcheck`, `rpm -i` with
    /// `--nosignature` or `--nodigest`, and repository files written with `gpgcheck=0`.
    ///
    /// ## Why it matters
    /// Package signatures are what tells a genuine package from a tampered one served by a
    /// compromised mirror or a network attacker; skipping them installs whatever arrives.
    ///
    /// ## Not reported
    /// Installs that keep the checks, and `gpgcheck=1`.
    ///
    /// ## Example
    /// ```dockerfile
    /// RUN apt-get install -y --allow-unauthenticated internal-tool     # reported
    /// ```
    pub struct UnsignedPackages {
        id: "docker.unsigned-packages",
        title: "Packages installed without signature checks",
        severity: Medium,
        confidence: High,
        area: Dependencies,
        cwe: [494],
        owasp: A08,
        effort: Minutes,
        impact: "A tampered package from a compromised mirror or a network attacker is installed into the image without any warning.",
        recommendation: "Remove the flag and import the repository's signing key instead (`curl -fsSL <key-url> | gpg --dearmor -o /etc/apt/keyrings/<name>.gpg` with `signed-by=` in the source, `rpm --import`, `apk` keys in `/etc/apk/keys`).",
        verification: "The build succeeds without the flags; `sechound review` no longer reports the Dockerfile.",
    }
}

fn unsigned(command: &[String]) -> Option<&'static str> {
    let (name, args) = program(command)?;
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let joined = args.join(" ");
    match name {
        "apt-get" | "apt" => {
            if has("--allow-unauthenticated") || joined.contains("AllowUnauthenticated=true") {
                Some("`--allow-unauthenticated`")
            } else if has("--allow-insecure-repositories")
                || joined.contains("AllowInsecureRepositories=true")
            {
                Some("`--allow-insecure-repositories`")
            } else {
                None
            }
        }
        "apk" => has("--allow-untrusted").then_some("`apk --allow-untrusted`"),
        "yum" | "dnf" | "microdnf" | "zypper" => {
            (has("--nogpgcheck") || has("--no-gpg-checks") || joined.contains("gpgcheck=0"))
                .then_some("`--nogpgcheck`")
        }
        "rpm" => (has("--nosignature") || has("--nodigest")).then_some("`rpm --nosignature`"),
        "echo" | "printf" | "tee" => {
            if joined.contains("[trusted=yes]") || joined.contains("trusted=yes") {
                Some("an APT source marked `[trusted=yes]`")
            } else if joined.contains("gpgcheck=0") {
                Some("a repository written with `gpgcheck=0`")
            } else {
                None
            }
        }
        _ => None,
    }
}

impl FileRule for UnsignedPackages {
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
            let mut found: Vec<&str> = simple_commands(&instruction.args)
                .iter()
                .filter_map(|c| unsigned(c))
                .collect();
            found.dedup();
            if !found.is_empty() {
                cx.report(
                    instruction.range.clone(),
                    format!(
                        "Packages are installed without signature verification: {}.",
                        found.join(", ")
                    ),
                );
            }
        }
    }
}
