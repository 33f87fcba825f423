use super::sinks::{function_mentions, sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::text;
use sechound_syntax::python::{
    callee_path, keyword_arg, method_name, positional_args, receiver, string_value,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A file path that carries request data, used to read, write or delete a file:
    /// - `open()`, `io.open()`, `codecs.open()`, `os.open()`, `aiofiles.open()`;
    /// - Flask `send_file()`, Starlette/FastAPI and Django `FileResponse()`;
    /// - `os.remove()`, `os.unlink()`, `os.rmdir()`, `shutil.rmtree()`, `shutil.copy*()`,
    ///   `shutil.move()`;
    /// - `pathlib.Path(...)` with request data, then `.read_text()`, `.read_bytes()`,
    ///   `.write_text()`, `.write_bytes()`, `.open()`, `.unlink()`.
    ///
    /// Joining a base directory first (`os.path.join(BASE, name)`, `BASE / name`) does not
    /// help: `../` and absolute paths still escape it. Writes and deletions are high, reads
    /// medium.
    ///
    /// ## Why it matters
    /// `../` sequences and absolute paths let the client read files outside the intended
    /// directory (`/etc/passwd`, the application's settings and keys) or overwrite and delete
    /// files the service can write, including its own code.
    ///
    /// ## Not reported
    /// - `send_from_directory()` (Flask joins the name safely);
    /// - names passed through `os.path.basename()`, `werkzeug.utils.secure_filename()` or
    ///   `safe_join()` (any call the taint analysis does not know drops the request data);
    /// - functions that check the resolved path against a base directory: the function
    ///   mentions `is_relative_to(`, `commonpath(`, or `.startswith(`/`.parents` together with
    ///   `realpath(`, `abspath(` or `.resolve(`. The rule accepts such a check anywhere in the
    ///   function without proving that it guards the sink.
    ///
    /// ## Example
    /// ```python
    /// return send_file(os.path.join(UPLOADS, request.args["name"]))    # reported
    /// return send_from_directory(UPLOADS, request.args["name"])        # fine
    /// ```
    pub struct PathTraversal {
        id: "py.path-traversal",
        title: "File path taken from request data",
        severity: Medium,
        confidence: High,
        area: InputValidation,
        cwe: [22],
        owasp: A01,
        effort: Minutes,
        impact: "A client can name files outside the intended directory with `../` or an absolute path: read configuration and secrets, overwrite files or delete them.",
        recommendation: "Serve files through `send_from_directory(BASE, name)` or reduce the name with `secure_filename()`/`os.path.basename()`; otherwise resolve the joined path and refuse it unless it stays inside the base: `path = (BASE / name).resolve(); if not path.is_relative_to(BASE): abort(400)`.",
        verification: "Request `../../etc/passwd` (and `%2e%2e%2f` encoded, and an absolute `/etc/passwd`) and check for a 400/404 instead of the file's content.",
    }
}

const PATH_METHODS_READ: &[&str] = &["read_text", "read_bytes", "open", "iterdir", "stat"];
const PATH_METHODS_WRITE: &[&str] = &[
    "write_text",
    "write_bytes",
    "unlink",
    "rmdir",
    "mkdir",
    "touch",
    "rename",
    "replace",
];

impl CodeRule for PathTraversal {
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
        let Some(name) = method_name(call, src) else {
            return;
        };
        let path = callee_path(call, src);
        let (target, writes) = match path.as_deref() {
            Some("open" | "io.open" | "codecs.open" | "aiofiles.open" | "os.open") => {
                let Some(target) = positional_args(call)
                    .first()
                    .copied()
                    .or_else(|| keyword_arg(call, src, "file"))
                else {
                    return;
                };
                (target, opens_for_writing(call, src))
            }
            Some(
                "send_file"
                | "flask.send_file"
                | "FileResponse"
                | "responses.FileResponse"
                | "starlette.responses.FileResponse"
                | "fastapi.responses.FileResponse",
            ) => {
                let Some(target) = positional_args(call)
                    .first()
                    .copied()
                    .or_else(|| keyword_arg(call, src, "path"))
                    .or_else(|| keyword_arg(call, src, "path_or_file"))
                else {
                    return;
                };
                (target, false)
            }
            Some(
                "os.remove" | "os.unlink" | "os.rmdir" | "os.removedirs" | "shutil.rmtree"
                | "shutil.copy" | "shutil.copyfile" | "shutil.copy2" | "shutil.move" | "os.rename"
                | "os.replace",
            ) => {
                let args = positional_args(call);
                // For copy/move the destination is where a write lands; the source is a read.
                let Some(target) = args
                    .iter()
                    .rev()
                    .find(|a| cx.py_taint().is_tainted(**a))
                    .copied()
                else {
                    return;
                };
                (target, true)
            }
            _ if PATH_METHODS_READ.contains(&name) || PATH_METHODS_WRITE.contains(&name) => {
                let Some(object) = receiver(call) else { return };
                if !is_path_object(cx, object) {
                    return;
                }
                (object, PATH_METHODS_WRITE.contains(&name))
            }
            _ => return,
        };
        let Some(flow) = tainted_flow(cx, target) else {
            return;
        };
        if has_containment_check(call, src) {
            return;
        }
        let action = if writes { "writes or deletes" } else { "reads" };
        let message = format!(
            "{} as a file path, so the client picks which file the server {action} (`../` and absolute paths leave the intended directory).",
            flow.describe(&sink_name(call, src))
        );
        let finding = cx.report(call, message);
        finding.flow(flow.raw.clone());
        if writes {
            finding.severity(Severity::High);
        }
    }
}

/// `open(p, "w")`, `open(p, mode="ab")`, `os.open(p, os.O_WRONLY)`.
fn opens_for_writing(call: Node<'_>, src: &str) -> bool {
    let mode = positional_args(call)
        .get(1)
        .copied()
        .or_else(|| keyword_arg(call, src, "mode"));
    mode.is_some_and(|m| match string_value(m, src) {
        Some(mode) => mode.contains(['w', 'a', 'x', '+']),
        None => {
            let t = text(m, src);
            t.contains("O_WRONLY") || t.contains("O_RDWR") || t.contains("O_CREAT")
        }
    })
}

/// `Path(x)`, `pathlib.Path(x)`, `BASE / x` or a name assigned one of those.
fn is_path_object<'f>(cx: &CheckContext<'f>, object: Node<'f>) -> bool {
    let src = cx.src();
    let object = cx.py_taint().resolve(object);
    match object.kind() {
        "call" => callee_path(object, src).is_some_and(|p| {
            matches!(
                p.as_str(),
                "Path" | "pathlib.Path" | "PurePath" | "PosixPath"
            )
        }),
        "binary_operator" => object
            .field("operator")
            .is_some_and(|o| text(o, src) == "/"),
        _ => false,
    }
}

/// A resolve-and-compare check somewhere in the function.
fn has_containment_check(call: Node<'_>, src: &str) -> bool {
    function_mentions(call, src, &["is_relative_to(", "commonpath(", "safe_join("])
        || (function_mentions(call, src, &[".startswith(", ".parents"])
            && function_mentions(call, src, &["realpath(", "abspath(", ".resolve("]))
}
