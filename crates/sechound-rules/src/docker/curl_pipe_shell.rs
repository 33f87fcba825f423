use super::{instructions, is_dockerfile};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// A `RUN` step that downloads a script and pipes it straight into a shell
    /// (`curl … | sh`, `wget -qO- … | bash`).
    ///
    /// ## Why it matters
    /// The build runs whatever the server returns, as root, with no review and no integrity
    /// check; a compromised host or a hijacked URL owns the image.
    ///
    /// ## Not reported
    /// Downloads saved to a file and verified before they run, and pipes into other programs
    /// (`curl … | tar -xz`).
    ///
    /// ## Example
    /// ```dockerfile
    /// RUN curl -fsSL https://get.example.com | sh          # reported
    /// RUN curl -fsSLo install.sh https://get.example.com && \
    ///     echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh   # fine
    /// ```
    pub struct CurlPipeShell {
        id: "docker.curl-pipe-shell",
        title: "Remote script piped into a shell during the build",
        severity: Medium,
        confidence: High,
        area: Dependencies,
        cwe: [494],
        owasp: A08,
        effort: Minutes,
        impact: "Whoever controls the download URL or the network path runs arbitrary commands in the build, and the result ships in the image.",
        recommendation: "Download the script to a file, verify its checksum or signature (`sha256sum -c`), then run it; better, install the tool from a package manager or a pinned release artifact.",
        verification: "No `RUN` pipes a download into `sh`/`bash`, and `sechound review` no longer reports it.",
    }
}

impl FileRule for CurlPipeShell {
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
            for command in instruction.args.split(['&', ';']) {
                let stages: Vec<&str> = command.split('|').map(str::trim).collect();
                let downloads = stages.iter().position(|s| {
                    s.starts_with("curl ")
                        || s.starts_with("wget ")
                        || s.contains(" curl ")
                        || s.contains(" wget ")
                });
                let Some(download) = downloads else { continue };
                let shell = stages[download + 1..].iter().find_map(|s| interpreter(s));
                if let Some(program) = shell {
                    let message =
                        format!("A download is piped straight into `{program}` during the build.");
                    cx.report(instruction.range.clone(), message);
                    break;
                }
            }
        }
    }
}

/// The interpreter a pipeline stage runs, looking past `sudo` and its flags.
fn interpreter(stage: &str) -> Option<&str> {
    let program = stage
        .split_whitespace()
        .find(|word| *word != "sudo" && !word.starts_with('-'))?;
    let program = program.rsplit('/').next().unwrap_or(program);
    matches!(
        program,
        "sh" | "bash" | "zsh" | "dash" | "ash" | "python" | "python3" | "node" | "perl"
    )
    .then_some(program)
}
