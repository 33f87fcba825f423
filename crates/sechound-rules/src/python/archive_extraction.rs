use super::sinks::{sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::python::{keyword_arg, keyword_args, positional_args, receiver, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Archives unpacked without checking where their members land ("zip slip"):
    /// - `TarFile.extractall()` / `extract()` on an archive opened with `tarfile.open()` (or
    ///   `tarfile.TarFile`), without `filter=` and without a `members=` selection;
    /// - `shutil.unpack_archive()` without `filter=` (it unpacks tar files with `tarfile`).
    ///
    /// When the archive itself is request data (an uploaded file, a path from the request), the
    /// finding is a flow (high confidence); otherwise it is a sink finding: the call is unsafe
    /// for any archive the service did not build itself, but where the archive comes from was
    /// not followed.
    ///
    /// ## Why it matters
    /// A tar member may be named `../../home/app/.ssh/authorized_keys`, be an absolute path, or be
    /// a symbolic link to a place outside the target followed by a file written through it.
    /// `tarfile` writes such members where they point unless a filter (`filter="data"`, Python
    /// 3.12+ and the security releases of 3.8–3.11) refuses them.
    ///
    /// ## Not reported
    /// `zipfile`'s `extractall()` (it drops `..` and absolute parts itself), calls with
    /// `filter=` set to anything but `"fully_trusted"`, calls given `members=` (a selection the
    /// code made), and test code.
    ///
    /// ## Example
    /// ```python
    /// with tarfile.open(fileobj=request.files["backup"]) as tar:
    ///     tar.extractall("/srv/restore")                       # reported (flow)
    ///     tar.extractall("/srv/restore", filter="data")        # fine
    /// ```
    pub struct ArchiveExtraction {
        id: "py.archive-extraction",
        title: "Archive extracted without checking member paths",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [22, 59],
        owasp: A01,
        effort: Minutes,
        impact: "Whoever supplies the archive writes files outside the target directory (code the service later imports, SSH keys, cron entries) or overwrites the service's own files.",
        recommendation: "Pass `filter=\"data\"` to `extractall()`, `extract()` and `shutil.unpack_archive()` (Python 3.12+, and the 3.8–3.11 security releases), or set `tarfile.TarFile.extraction_filter = tarfile.data_filter`; on older versions check every member first: reject absolute names, names with `..`, links, and devices, and pass the checked list as `members=`.",
        verification: "Build a tar with a member named `../escaped.txt` (`tarfile` with `TarInfo('../escaped.txt')`) and upload or unpack it: the service refuses it and nothing is written outside the target directory.",
    }
}

const TAR_OPENERS: &[&str] = &[
    "tarfile.open",
    "tarfile.TarFile",
    "tarfile.TarFile.open",
    "tarfile.TarFile.gzopen",
    "tarfile.TarFile.bz2open",
    "tarfile.TarFile.xzopen",
];

impl CodeRule for ArchiveExtraction {
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
        // The archive: what was opened (tar) or the file named (unpack_archive).
        let archive: Vec<Node<'f>> = if qualified == "shutil.unpack_archive" {
            positional_args(call)
                .first()
                .copied()
                .or_else(|| keyword_arg(call, src, "filename"))
                .into_iter()
                .collect()
        } else {
            let method = qualified.rsplit('.').next().unwrap_or_default();
            if !matches!(method, "extractall" | "extract") {
                return;
            }
            let Some(opener) = receiver(call).and_then(|r| tar_opener(cx, r)) else {
                return;
            };
            if keyword_arg(call, src, "members").is_some()
                || (method == "extractall" && positional_args(call).len() > 1)
            {
                return;
            }
            positional_args(opener)
                .into_iter()
                .chain(
                    keyword_args(opener, src)
                        .into_iter()
                        .filter(|(k, _)| matches!(*k, "name" | "fileobj"))
                        .map(|(_, v)| v),
                )
                .take(2)
                .collect()
        };
        if let Some(filter) = keyword_arg(call, src, "filter") {
            let filter = unwrap(filter);
            if sechound_syntax::python::string_value(filter, src)
                .is_none_or(|f| f != "fully_trusted")
            {
                return;
            }
        }
        if cx.in_test_file() {
            return;
        }
        let sink = sink_name(call, src);
        let unfollowed = format!(
            "`{sink}` unpacks a tar archive without a filter: a member named `../…`, an absolute path or a link is written outside the target directory. sechound could not follow where the archive comes from; check that no client or third party supplies it."
        );
        if let Some(flow) = archive.iter().find_map(|a| tainted_flow(cx, *a)) {
            let message = format!(
                "{}: its members are written wherever their names point, `..` and absolute paths and links included.",
                flow.describe(&sink)
            );
            let finding = cx.report(call, message);
            finding.flow(flow.raw.clone());
            if flow.is_pending() {
                finding.or_sink(unfollowed);
            }
            return;
        }
        cx.report(call, unfollowed).severity(Severity::High).sink();
    }
}

/// The `tarfile.open(…)` call `object` was made by: directly, through an assignment or a
/// `with … as` binding of the same function.
fn tar_opener<'f>(cx: &CheckContext<'f>, object: Node<'f>) -> Option<Node<'f>> {
    let mut node = cx.py_taint().resolve(object);
    if node.kind() == "identifier" {
        node = with_binding(cx, node)?;
    }
    (node.kind() == "call"
        && cx
            .qualified(node)
            .is_some_and(|q| TAR_OPENERS.contains(&q.as_str())))
    .then_some(node)
}

/// `with tarfile.open(path) as tar:`: the value bound to `tar` by a `with` around `ident`.
fn with_binding<'f>(cx: &CheckContext<'f>, ident: Node<'f>) -> Option<Node<'f>> {
    let src = cx.src();
    let name = &src[ident.byte_range()];
    let mut current = ident.parent();
    while let Some(n) = current {
        if n.kind() == "with_statement" {
            let mut walk = n.walk();
            for clause in n.children(&mut walk) {
                if clause.kind() != "with_clause" {
                    continue;
                }
                let mut items = clause.walk();
                for item in clause.children(&mut items) {
                    if item.kind() != "with_item" {
                        continue;
                    }
                    let Some(value) = item.child_by_field_name("value") else {
                        continue;
                    };
                    if value.kind() == "as_pattern"
                        && let (Some(bound), Some(alias)) =
                            (value.named_child(0), value.child_by_field_name("alias"))
                        && src[alias.byte_range()].trim() == name
                    {
                        return Some(unwrap(bound));
                    }
                }
            }
        }
        if n.kind() == "function_definition" {
            break;
        }
        current = n.parent();
    }
    None
}
