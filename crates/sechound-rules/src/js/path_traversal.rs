use super::sinks::{Flow, guarded_by_check, identifiers_in, sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{arguments, callee_path, object_property, receiver, unwrap};
use sechound_syntax::node::text;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A file path taken from the request and used to read, write, list or delete files:
    /// - Express `res.sendFile(p)` and `res.download(p)`;
    /// - `fs` / `fs/promises` / `fs-extra` calls: `readFile`, `createReadStream`, `writeFile`,
    ///   `createWriteStream`, `appendFile`, `unlink`, `rm`, `rmdir`, `readdir`, `rename`,
    ///   `copyFile`, `open` (sync and promise forms, methods or imported functions);
    /// - paths joined or resolved from request data (`path.join(uploads, req.params.name)`):
    ///   `path.join` does not stop `../`.
    ///
    /// ## Why it matters
    /// `../` sequences (or an absolute path) leave the intended folder: the client reads
    /// `/etc/passwd`, the `.env` file or the source code, or overwrites and deletes files the
    /// service can reach.
    ///
    /// ## Not reported
    /// - a name reduced with `path.basename(…)` first (or otherwise converted by a function);
    /// - `res.sendFile(name, { root: dir })`: Express then refuses paths that leave `root`;
    /// - Fastify `reply.sendFile` (served relative to the `@fastify/static` root) and
    ///   `download` methods of other objects (storage clients);
    /// - a function that checks the path before using it (an `if` or a ternary on the variable
    ///   with `startsWith(`, `includes(`, `indexOf(`, a regular-expression test, `path.relative`
    ///   or `isAbsolute`): the check is assumed to be right, so review it by hand;
    /// - paths multer or express-fileupload generated (`req.file.path`, `tempFilePath`).
    ///
    /// ## Example
    /// ```js
    /// app.get('/files/:name', (req, res) => {
    ///   res.sendFile(path.join(__dirname, 'uploads', req.params.name));       // reported
    ///   res.sendFile(req.params.name, { root: path.join(__dirname, 'uploads') }); // fine
    /// });
    /// ```
    pub struct PathTraversal {
        id: "js.path-traversal",
        title: "File path taken from the request",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [22],
        owasp: A01,
        effort: Minutes,
        impact: "A client can read, overwrite or delete files outside the intended folder: configuration, secrets, source code, other users' uploads.",
        recommendation: "Reduce the name with `path.basename(name)` or look it up in a list of known files; for Express use `res.sendFile(name, { root: dir })`. When subfolders are needed, resolve the path and require `resolved.startsWith(path.resolve(dir) + path.sep)` before touching the file.",
        verification: "Request `../../etc/passwd` (also URL-encoded `..%2f..%2fetc%2fpasswd`) and check for a 400/404 instead of the file's content.",
    }
}

const FS_FUNCTIONS: &[&str] = &[
    "readFile",
    "readFileSync",
    "createReadStream",
    "createWriteStream",
    "writeFile",
    "writeFileSync",
    "appendFile",
    "appendFileSync",
    "unlink",
    "unlinkSync",
    "rm",
    "rmSync",
    "rmdir",
    "rmdirSync",
    "readdir",
    "readdirSync",
    "rename",
    "renameSync",
    "copyFile",
    "copyFileSync",
    "open",
    "openSync",
    "outputFile",
    "readJson",
    "readJSON",
    "remove",
];

const FS_MODULES: &[&str] = &["fs", "fsp", "fse", "fsExtra", "promises", "fsPromises"];

/// Condition text that marks a containment check on the path.
const PATH_CHECKS: &[&str] = &[
    "startsWith(",
    "includes(",
    "indexOf(",
    "relative(",
    "isAbsolute(",
    ".test(",
    ".match(",
];

impl CodeRule for PathTraversal {
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
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let name = path.rsplit('.').next().unwrap_or(&path);
        let object = path.rsplit_once('.').map(|(o, _)| o);
        let args = arguments(call);
        let (candidates, what): (Vec<Node<'f>>, &str) = match (name, object) {
            ("sendFile" | "download" | "sendfile", Some(_)) => {
                // Express responses only: `storage.download(key)` and Fastify's
                // root-relative `reply.sendFile` are something else.
                let receiver_name = receiver(call).map(|r| text(unwrap(r), src)).unwrap_or("");
                if !matches!(receiver_name, "res" | "response" | "resp" | "ctx.res") {
                    return;
                }
                let has_root = args.iter().skip(1).any(|a| {
                    let options = cx.js_taint().resolve(*a);
                    object_property(options, src, "root").is_some()
                });
                if has_root {
                    return;
                }
                (
                    args.first().copied().into_iter().collect(),
                    "sends that file to the client",
                )
            }
            (fs_fn, Some(module)) if FS_FUNCTIONS.contains(&fs_fn) => {
                let last = module.rsplit('.').next().unwrap_or(module);
                if !FS_MODULES.contains(&last) {
                    return;
                }
                (fs_arguments(fs_fn, &args), fs_effect(fs_fn))
            }
            (fs_fn, None) if FS_FUNCTIONS.contains(&fs_fn) => {
                if !(cx.imports_module("fs")
                    || cx.imports_module("fs/promises")
                    || cx.imports_module("fs-extra"))
                {
                    return;
                }
                (fs_arguments(fs_fn, &args), fs_effect(fs_fn))
            }
            _ => return,
        };
        for candidate in candidates {
            let Some(flow) = tainted_flow(cx, candidate) else {
                continue;
            };
            if generated_upload_path(&flow) {
                continue;
            }
            let names = identifiers_in(cx, candidate);
            if guarded_by_check(cx, call, &names, PATH_CHECKS) {
                continue;
            }
            report(cx, call, &flow, what);
            return;
        }
    }
}

fn report<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, flow: &Flow, what: &str) {
    let sink = sink_name(call, cx.src());
    let message = format!(
        "{} as a file path, which {what}; `../` in the value leaves the intended folder.",
        flow.describe(&sink)
    );
    cx.report(call, message).flow(flow.raw.clone());
}

/// The path arguments of an fs call (`rename` and `copyFile` take two).
fn fs_arguments<'f>(function: &str, args: &[Node<'f>]) -> Vec<Node<'f>> {
    let count = if function.starts_with("rename") || function.starts_with("copyFile") {
        2
    } else {
        1
    };
    args.iter().take(count).copied().collect()
}

fn fs_effect(function: &str) -> &'static str {
    if function.starts_with("write")
        || function.starts_with("append")
        || function.starts_with("createWrite")
        || function == "outputFile"
    {
        "writes that file"
    } else if function.starts_with("unlink") || function.starts_with("rm") || function == "remove" {
        "deletes that file"
    } else if function.starts_with("rename") || function.starts_with("copyFile") {
        "moves or copies that file"
    } else if function.starts_with("readdir") {
        "lists that folder"
    } else {
        "reads that file"
    }
}

/// Paths that upload middleware chose itself (multer's `req.file.path`, express-fileupload's
/// `req.files.avatar.tempFilePath`), not the client: the request's own `file` / `files` object,
/// never a field merely named like it (`req.query.file`, `req.body.filename`). The client's
/// name for the upload (`originalname`, `name`) is the client's.
fn generated_upload_path(flow: &Flow) -> bool {
    let segments: Vec<&str> = flow
        .trace
        .source
        .split(['.', '?', '[', ']', '\'', '"'])
        .filter(|s| !s.is_empty())
        .collect();
    let request = |s: &str| matches!(s, "req" | "request" | "ctx");
    // `req.file…`, `req.files…`, `ctx.request.files…`.
    let upload_at = segments.iter().enumerate().position(|(i, s)| {
        matches!(*s, "file" | "files")
            && i >= 1
            && (request(segments[i - 1]) || (segments[i - 1] == "request" && i >= 2))
    });
    let Some(at) = upload_at else {
        return false;
    };
    let client_named = segments[at + 1..].iter().any(|s| {
        matches!(
            *s,
            "originalname" | "originalName" | "name" | "originalFilename"
        )
    });
    !client_named
}

#[cfg(test)]
mod tests {
    use super::*;
    use sechound_syntax::TaintTrace;

    fn generated(source: &str) -> bool {
        generated_upload_path(&Flow::for_test(TaintTrace {
            source: source.into(),
            line: 1,
        }))
    }

    #[test]
    fn only_the_middleware_s_own_paths_are_generated() {
        for source in [
            "req.file.path",
            "req.files.avatar.tempFilePath",
            "req.files[0].path",
            "ctx.request.files.doc.filepath",
            "req.file.filename",
        ] {
            assert!(generated(source), "{source}");
        }
        for source in [
            "req.query.file",
            "req.body.filename",
            "req.params.file",
            "req.query.files",
            "req.file.originalname",
            "req.files.avatar.name",
            "file",
        ] {
            assert!(!generated(source), "{source}");
        }
    }
}
