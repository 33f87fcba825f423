use super::{instructions, is_dockerfile};
use crate::{FileContext, FileRule, TextFile, TextKind, declare_rule};

declare_rule! {
    /// ## What it finds
    /// `ADD https://…` that downloads a file into the image without `--checksum`.
    ///
    /// ## Why it matters
    /// The image then contains whatever the server returned at build time; a compromised or
    /// changed download goes into the image unverified.
    ///
    /// ## Not reported
    /// `ADD --checksum=sha256:… https://…`, `ADD` of local files, and `COPY`.
    ///
    /// ## Example
    /// ```dockerfile
    /// ADD https://example.com/tool.tar.gz /opt/      # reported
    /// ADD --checksum=sha256:24454f83… https://example.com/tool.tar.gz /opt/   # fine
    /// ```
    pub struct AddFromUrl {
        id: "docker.add-from-url",
        title: "ADD downloads a remote file without a checksum",
        severity: Medium,
        confidence: High,
        area: Dependencies,
        cwe: [494],
        owasp: A08,
        effort: Minutes,
        impact: "A tampered or replaced download becomes part of the image without anyone noticing.",
        recommendation: "Pin the download with `ADD --checksum=sha256:<digest> <url> <dest>`, or download in a `RUN` step that verifies a published checksum or signature.",
        verification: "Every remote `ADD` carries `--checksum`, and `sechound review` no longer reports it.",
    }
}

impl FileRule for AddFromUrl {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn applies_to(&self, kind: TextKind) -> bool {
        is_dockerfile(kind)
    }

    fn check(&self, file: &TextFile<'_>, cx: &mut FileContext) {
        for instruction in instructions(file) {
            if instruction.keyword != "ADD" || instruction.args.contains("--checksum") {
                continue;
            }
            let Some(url) = instruction
                .args
                .split_whitespace()
                .find(|w| w.starts_with("http://") || w.starts_with("https://"))
            else {
                continue;
            };
            let message =
                format!("`ADD {url}` puts a downloaded file into the image without verifying it.");
            cx.report(instruction.range.clone(), message);
        }
    }
}
