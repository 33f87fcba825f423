use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::python::{method_name, positional_args, receiver, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// FastAPI/Starlette functions that take an `UploadFile` parameter (or a list of them) and
    /// - read it whole (`await file.read()`, `file.file.read()` without a size) or copy it to
    ///   disk whole (`shutil.copyfileobj(file.file, out)`) while nothing in the function checks a
    ///   size: no `file.size`, no `len(content) > ...`, no comparison with
    ///   a `MAX_*`/limit value, no `Content-Length` check, no `spool_max_size`;
    /// - decide on `file.content_type` (`==`, `in`, `.startswith`) without looking at the bytes
    ///   (no `magic`, `filetype`, `imghdr`, `PIL.Image` in the file).
    ///
    /// ## Why it matters
    /// `read()` without a size pulls the whole body into memory: a few large or parallel uploads
    /// exhaust the worker's RAM and take the service down. `content_type` is whatever the client
    /// wrote in the multipart header, so checking it lets an HTML page or a script through as
    /// `image/png`.
    ///
    /// ## Not reported
    /// Reads in chunks (`await file.read(65536)`), functions that check a size anywhere, that
    /// pass the upload to a `validate*`/`check*` helper, or (for the content type) that inspect
    /// the content with a detection library.
    ///
    /// ## Example
    /// ```python
    /// @app.post("/avatar")
    /// async def avatar(file: UploadFile):
    ///     data = await file.read()                        # reported: no size limit
    ///     if file.content_type not in ("image/png",):     # reported: client-declared type
    ///         raise HTTPException(400)
    /// ```
    pub struct UnboundedUpload {
        id: "py.unbounded-upload",
        title: "Upload read without a size limit or trusted by its declared type",
        severity: Medium,
        confidence: Medium,
        area: InputValidation,
        cwe: [400, 434],
        owasp: A04,
        effort: Hours,
        impact: "A client can exhaust the server's memory with large uploads, or store files of a type the endpoint meant to refuse.",
        recommendation: "Bound the upload: reject `file.size > MAX_UPLOAD_BYTES` (and cap the request body at the proxy), or read in chunks and stop past the limit (`while chunk := await file.read(64 * 1024): total += len(chunk); if total > MAX_UPLOAD_BYTES: raise HTTPException(413)`); detect the type from the bytes (`filetype.guess(head)`) instead of `file.content_type`.",
        verification: "Upload a file larger than the limit: the endpoint answers 413 without the worker's memory growing; upload a text file renamed and labelled `image/png`: it is refused.",
    }
}

/// Names of functions and libraries that look at the bytes to find the real type.
const CONTENT_SNIFFERS: &[&str] = &[
    "magic",
    "filetype",
    "imghdr",
    "Image.open",
    "puremagic",
    "mimetypes.guess",
    "from_buffer",
    "guess_mime",
    "PIL",
];

impl CodeRule for UnboundedUpload {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["function_definition"]
    }

    fn check<'f>(&self, function: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let mut uploads = upload_parameters(function, src);
        if uploads.is_empty() {
            return;
        }
        let Some(body) = function.field("body") else {
            return;
        };
        let function_name = function
            .field("name")
            .map(|n| text(n, src))
            .unwrap_or("handler");
        // `for file in files:` — each element is an upload too.
        walk(body, |n| {
            if n.kind() == "for_statement"
                && let (Some(left), Some(right)) = (n.field("left"), n.field("right"))
                && left.kind() == "identifier"
                && uploads.iter().any(|u| u == text(unwrap(right), src))
            {
                uploads.push(text(left, src).to_string());
            }
            true
        });
        let mut whole_reads = Vec::new();
        let mut disk_copies = Vec::new();
        let mut type_checks = Vec::new();
        let mut size_checked = false;
        let mut delegated = false;
        walk(body, |n| {
            match n.kind() {
                "function_definition" | "lambda" => return false,
                "call" => {
                    let method = method_name(n, src).unwrap_or("");
                    if method == "read"
                        && positional_args(n).is_empty()
                        && n.field("arguments")
                            .is_some_and(|a| named_children(a).is_empty())
                        && receiver(n).is_some_and(|r| is_upload(r, &uploads, src))
                    {
                        whole_reads.push(n);
                    }
                    if method == "copyfileobj"
                        && positional_args(n)
                            .first()
                            .is_some_and(|a| is_upload(*a, &uploads, src))
                        && positional_args(n).len() < 3
                        && !n
                            .field("arguments")
                            .is_some_and(|a| text(a, src).contains("length"))
                    {
                        disk_copies.push(n);
                    }
                    let lowered = method.to_ascii_lowercase();
                    if (lowered.contains("validat")
                        || lowered.starts_with("check")
                        || lowered.contains("size"))
                        && positional_args(n)
                            .iter()
                            .any(|a| is_upload(*a, &uploads, src))
                    {
                        delegated = true;
                    }
                    if method == "startswith"
                        && receiver(n).is_some_and(|r| is_content_type(r, &uploads, src))
                    {
                        type_checks.push(n);
                    }
                }
                "comparison_operator" => {
                    let lowered = text(n, src).to_ascii_lowercase();
                    if [
                        "size",
                        "len(",
                        "max",
                        "limit",
                        "content-length",
                        "content_length",
                        "bytes",
                    ]
                    .iter()
                    .any(|m| lowered.contains(m))
                    {
                        size_checked = true;
                    }
                    if named_children(n)
                        .iter()
                        .any(|o| is_content_type(*o, &uploads, src))
                    {
                        type_checks.push(n);
                    }
                }
                "identifier" if text(n, src) == "spool_max_size" => size_checked = true,
                _ => {}
            }
            true
        });
        if !size_checked && !delegated {
            for read in whole_reads {
                let upload = receiver(read)
                    .map(|r| text(r, src))
                    .map(|r| r.strip_suffix(".file").unwrap_or(r))
                    .unwrap_or("file");
                cx.report(
                    read,
                    format!(
                        "`{}` reads the whole upload `{upload}` into memory, and `{function_name}()` never checks its size.",
                        text(read, src)
                    ),
                );
            }
        }
        if !size_checked && !delegated {
            for copy in disk_copies {
                let upload = positional_args(copy)
                    .first()
                    .map(|r| text(*r, src))
                    .map(|r| r.strip_suffix(".file").unwrap_or(r))
                    .unwrap_or("file");
                cx.report(
                    copy,
                    format!(
                        "`shutil.copyfileobj` copies the whole upload `{upload}` to disk, and `{function_name}()` never checks its size: uploads can fill the volume."
                    ),
                );
            }
        }
        if delegated || CONTENT_SNIFFERS.iter().any(|s| src.contains(s)) {
            return;
        }
        for check in type_checks {
            cx.report(
                check,
                format!(
                    "`{function_name}()` decides on the upload's `content_type`, which the client sets freely; check the file's bytes instead."
                ),
            )
            .confidence(Confidence::Medium)
            .recommendation(
                "Detect the type from the content (`kind = filetype.guess(await file.read(261))`, then `await file.seek(0)`) and compare `kind.mime` with the allow-list; also force the stored extension from that result.",
            );
        }
    }
}

/// Names of the function's parameters annotated `UploadFile` (or `list[UploadFile]`).
fn upload_parameters(function: Node<'_>, src: &str) -> Vec<String> {
    let Some(parameters) = function.field("parameters") else {
        return Vec::new();
    };
    named_children(parameters)
        .into_iter()
        .filter(|p| matches!(p.kind(), "typed_parameter" | "typed_default_parameter"))
        .filter(|p| {
            p.field("type")
                .is_some_and(|t| text(t, src).contains("UploadFile"))
        })
        .filter_map(|p| {
            let name = p.field("name").or_else(|| p.named_child(0))?;
            Some(text(name, src).to_string())
        })
        .collect()
}

/// `file` or `file.file` for an upload name.
fn is_upload(node: Node<'_>, uploads: &[String], src: &str) -> bool {
    let node = unwrap(node);
    let node = if node.kind() == "attribute"
        && node
            .field("attribute")
            .is_some_and(|a| text(a, src) == "file")
    {
        match node.field("object") {
            Some(object) => unwrap(object),
            None => return false,
        }
    } else {
        node
    };
    node.kind() == "identifier" && uploads.iter().any(|u| u == text(node, src))
}

/// `file.content_type` (optionally lowered or split) for an upload name.
fn is_content_type(node: Node<'_>, uploads: &[String], src: &str) -> bool {
    let mut node = unwrap(node);
    while node.kind() == "call" {
        match receiver(node) {
            Some(object) => node = unwrap(object),
            None => return false,
        }
    }
    node.kind() == "attribute"
        && node
            .field("attribute")
            .is_some_and(|a| text(a, src) == "content_type")
        && node.field("object").is_some_and(|o| {
            unwrap(o).kind() == "identifier" && uploads.iter().any(|u| u == text(unwrap(o), src))
        })
}
