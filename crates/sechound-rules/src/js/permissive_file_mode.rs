use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{arguments, string_value, unwrap};
use sechound_syntax::node::text;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Files and directories made writable by every local user: `fs.chmod(Sync)(path, 0o777)`
    /// (or `'777'`, `0o666`, any mode with the "others write" bit), also through `fs/promises`
    /// and `fs-extra`.
    ///
    /// ## Why it matters
    /// Any user or compromised process on the host can change the file (code, configuration,
    /// uploaded content the service later runs or serves).
    ///
    /// ## Not reported
    /// Modes without write access for others (`0o644`, `0o755`, `0o600`), modes taken from
    /// configuration, and the `mode` of `open`, `mkdir` and `writeFile`: the process's umask
    /// applies to those.
    ///
    /// ## Example
    /// ```js
    /// fs.chmodSync(uploadPath, 0o777);   // reported
    /// fs.chmodSync(uploadPath, 0o640);   // fine
    /// ```
    pub struct PermissiveFileMode {
        id: "js.permissive-file-mode",
        title: "File made writable by every user",
        severity: High,
        confidence: High,
        area: Infrastructure,
        cwe: [732],
        owasp: A01,
        effort: Minutes,
        impact: "Other users and processes on the host can modify the file: planted code, altered configuration or content.",
        recommendation: "Give the owner what it needs and nobody else: `0o600` for secrets, `0o640`/`0o644` for files others must read, `0o750`/`0o755` for directories.",
        verification: "Run the code path and check the file with `stat -c %a`: the last digit is 0 (or 4 for public files) and never 2, 3, 6 or 7.",
    }
}

impl CodeRule for PermissiveFileMode {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(qualified) = cx.qualified(call) else {
            return;
        };
        let Some((module, function)) = qualified.rsplit_once('.') else {
            return;
        };
        if !matches!(
            module,
            "fs" | "fs.promises" | "fs/promises" | "fs-extra" | "graceful-fs"
        ) {
            return;
        }
        let args = arguments(call);
        // Only `chmod`: the umask applies to the modes of `open`, `mkdir` and `writeFile`.
        let mode = match function.trim_end_matches("Sync") {
            "chmod" | "lchmod" | "fchmod" => args.get(1).copied(),
            _ => None,
        };
        let Some(mode) = mode.map(unwrap) else { return };
        let bits = match mode.kind() {
            "number" => parse_mode(text(mode, src)),
            "string" => string_value(mode, src).and_then(|s| u32::from_str_radix(&s, 8).ok()),
            _ => None,
        };
        let Some(bits) = bits else { return };
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

fn parse_mode(text: &str) -> Option<u32> {
    let digits = text.replace('_', "");
    if let Some(octal) = digits
        .strip_prefix("0o")
        .or_else(|| digits.strip_prefix("0O"))
    {
        u32::from_str_radix(octal, 8).ok()
    } else if let Some(hex) = digits.strip_prefix("0x") {
        u32::from_str_radix(hex, 16).ok()
    } else {
        digits.parse::<u32>().ok()
    }
}
