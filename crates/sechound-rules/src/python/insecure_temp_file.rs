use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::python::{keyword_arg, positional_args, string_value};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Temporary files created in a way another local user can race:
    /// - `tempfile.mktemp()`, `os.tempnam()`, `os.tmpnam()`: a name that is free now, opened
    ///   later (high);
    /// - `open()` of a fixed path under `/tmp`, `/var/tmp` or `/dev/shm` for writing
    ///   (medium).
    ///
    /// ## Why it matters
    /// Between choosing the name and opening it, another process can create that path as a
    /// symbolic link to a file the service may write (its configuration, `~/.ssh/authorized_keys`)
    /// or read what the service puts there.
    ///
    /// ## Not reported
    /// `tempfile.mkstemp()`, `NamedTemporaryFile()`, `TemporaryDirectory()`, and fixed paths
    /// in test code.
    ///
    /// ## Example
    /// ```python
    /// path = tempfile.mktemp(suffix=".csv")                      # reported
    /// fd, path = tempfile.mkstemp(suffix=".csv")                 # fine
    /// ```
    pub struct InsecureTempFile {
        id: "py.insecure-temp-file",
        title: "Temporary file created insecurely",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [377, 379],
        owasp: A01,
        effort: Minutes,
        impact: "Another local user or process can take the file's place (through a symbolic link) to read what the service writes or make it overwrite another file.",
        recommendation: "Create temporary files with `tempfile.mkstemp()` or `tempfile.NamedTemporaryFile()` (and directories with `tempfile.mkdtemp()` / `TemporaryDirectory()`): they are created atomically, readable by the owner only, under a random name.",
        verification: "Search the code for `mktemp(` and fixed `/tmp/` paths: none remain outside tests.",
    }
}

impl CodeRule for InsecureTempFile {
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
        let Some(qualified) = cx.qualified(call) else {
            return;
        };
        match qualified.as_str() {
            "tempfile.mktemp" | "os.tempnam" | "os.tmpnam" => {
                let message = format!(
                    "`{}` returns a name that is free now and created later: another process can put a symbolic link there first.",
                    sechound_syntax::python::callee_path(call, src).unwrap_or(qualified.clone())
                );
                cx.report(call, message);
            }
            "open" | "io.open" | "codecs.open" => {
                if cx.in_test_file() {
                    return;
                }
                let Some(path) = positional_args(call)
                    .first()
                    .and_then(|p| string_value(*p, src))
                else {
                    return;
                };
                if !["/tmp/", "/var/tmp/", "/dev/shm/"]
                    .iter()
                    .any(|d| path.starts_with(d))
                {
                    return;
                }
                let mode = positional_args(call)
                    .get(1)
                    .copied()
                    .or_else(|| keyword_arg(call, src, "mode"))
                    .and_then(|m| string_value(m, src))
                    .unwrap_or_default();
                if !mode.contains(['w', 'a', 'x', '+']) {
                    return;
                }
                let message = format!(
                    "`open(\"{path}\", \"{mode}\")` writes a fixed path in a shared temporary directory: another user can create it first, as a link to another file."
                );
                cx.report(call, message)
                    .severity(sechound_core::Severity::Medium);
            }
            _ => {}
        }
    }
}
