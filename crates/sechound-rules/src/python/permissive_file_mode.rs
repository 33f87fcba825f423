use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::text;
use sechound_syntax::python::{positional_args, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Files and directories made writable by every local user: `os.chmod(path, 0o777)`,
    /// `os.chmod(path, 0o666)`, any mode with the "others write" bit (`0o002`,
    /// `stat.S_IWOTH`), and `Path.chmod(0o777)`.
    ///
    /// ## Why it matters
    /// Any user or compromised process on the host can change the file (code, configuration,
    /// uploaded content the service later runs or serves) or read the secrets in it.
    ///
    /// ## Not reported
    /// Modes without write access for others (`0o644`, `0o755`, `0o600`), modes taken from
    /// configuration, and the modes of `os.open`, `os.mkdir` and `os.makedirs`: the process's
    /// umask applies to those (`0o666` and `0o777` are their defaults).
    ///
    /// ## Example
    /// ```python
    /// os.chmod(upload_path, 0o777)   # reported
    /// os.chmod(upload_path, 0o640)   # fine
    /// ```
    pub struct PermissiveFileMode {
        id: "py.permissive-file-mode",
        title: "File made writable by every user",
        severity: High,
        confidence: High,
        area: Infrastructure,
        cwe: [732],
        owasp: A01,
        effort: Minutes,
        impact: "Other users and processes on the host can modify (or read) the file: planted code, altered configuration, stolen secrets.",
        recommendation: "Give the owner what it needs and nobody else: `0o600` for secrets, `0o640`/`0o644` for files others must read, `0o750`/`0o755` for directories; set group access through a group rather than for everyone.",
        verification: "Run the code path and check the file with `stat -c %a`: the last digit is 0 (or 4 for public files) and never 2, 3, 6 or 7.",
    }
}

impl CodeRule for PermissiveFileMode {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let qualified = cx.qualified(call).unwrap_or_default();
        let name = sechound_syntax::python::method_name(call, src).unwrap_or("");
        let args = positional_args(call);
        let mode = match qualified.as_str() {
            "os.chmod" | "os.lchmod" | "os.fchmod" => args.get(1).copied(),
            _ if name == "chmod" && args.len() == 1 => args.first().copied(),
            _ => None,
        };
        let Some(mode) = mode else {
            return;
        };
        let Some(bits) = mode_bits(text(unwrap(mode), src)) else {
            return;
        };
        if bits & 0o002 == 0 {
            return;
        }
        let message = format!(
            "`{}` gives every user on the host write access (mode {:o}).",
            sechound_syntax::node::short_text(call, src, 80),
            bits
        );
        cx.report(call, message);
    }
}

/// The numeric value of a mode literal (`0o777`, `0777` in old code, `511`) or of `stat` flags
/// joined with `|` (`stat.S_IRWXU | stat.S_IWOTH`).
fn mode_bits(text: &str) -> Option<u32> {
    let mut total = 0u32;
    for part in text.split('|').map(str::trim) {
        let flag = part.rsplit('.').next().unwrap_or(part);
        total |= match flag {
            "S_IRWXO" => 0o007,
            "S_IWOTH" => 0o002,
            "S_IROTH" => 0o004,
            "S_IXOTH" => 0o001,
            "S_IRWXG" => 0o070,
            "S_IWGRP" => 0o020,
            "S_IRGRP" => 0o040,
            "S_IXGRP" => 0o010,
            "S_IRWXU" => 0o700,
            "S_IWUSR" => 0o200,
            "S_IRUSR" => 0o400,
            "S_IXUSR" => 0o100,
            _ => {
                let digits = part.replace('_', "");
                if let Some(octal) = digits
                    .strip_prefix("0o")
                    .or_else(|| digits.strip_prefix("0O"))
                {
                    u32::from_str_radix(octal, 8).ok()?
                } else if digits.len() > 1 && digits.starts_with('0') {
                    u32::from_str_radix(&digits[1..], 8).ok()?
                } else {
                    digits.parse::<u32>().ok()?
                }
            }
        };
    }
    Some(total)
}
