use super::sinks::{guarded_by_check, identifiers_in, sink_name};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{FUNCTION_KINDS, arguments, method_name, receiver, string_value, unwrap};
use sechound_syntax::node::{NodeExt, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Files written at a path built from the name an archive entry carries ("zip slip"): the
    /// path handed to `fs.createWriteStream`, `writeFile`, `mkdir`, `fs-extra`'s `outputFile`…
    /// reads `entry.path`, `entry.fileName`, `entry.entryName` or `header.name` of an entry
    /// that an archive reader hands out — the parameter of an `.on('entry', …)` handler
    /// (unzipper, yauzl, tar-stream) or of `zip.getEntries().forEach(…)` / `for (const e of
    /// zip.getEntries())` (adm-zip), or the variable of `for (const e of directory.files)`
    /// over `await unzipper.Open.buffer(…)`.
    ///
    /// ## Why it matters
    /// Entry names are chosen by whoever built the archive: `../../app/server.js` or an
    /// absolute path is written outside the upload folder, over the service's own code or
    /// configuration.
    ///
    /// ## Not reported
    /// Writes guarded in the same function by a prefix check on the built path
    /// (`if (!target.startsWith(root + path.sep))`), and archive libraries' own extraction
    /// (`extractAllTo`, `unzipper.Extract`, `tar.x`), which strip such names in current
    /// versions. A check with `includes()` is not a prefix check and does not count.
    ///
    /// ## Example
    /// ```js
    /// fs.createReadStream(upload).pipe(unzipper.Parse()).on('entry', (entry) => {
    ///   entry.pipe(fs.createWriteStream(path.join('uploads', entry.path)));   // reported
    /// });
    /// ```
    pub struct ArchiveExtraction {
        id: "js.archive-extraction",
        title: "Archive entry names used as file paths",
        severity: High,
        confidence: Medium,
        area: InputValidation,
        cwe: [22],
        owasp: A01,
        effort: Minutes,
        impact: "Whoever supplies the archive writes files outside the target folder: over the service's code, its configuration or another user's files.",
        recommendation: "Resolve each entry's target and refuse it unless it stays inside the destination: `const target = path.resolve(dest, entry.path); if (!target.startsWith(path.resolve(dest) + path.sep)) { entry.autodrain(); return; }`. Refuse symbolic-link entries too, or let a maintained extractor do it (`tar.x({ cwd })`, current `unzipper.Extract`).",
        verification: "Upload an archive with an entry named `../escaped.txt` (`zip` can make one with `zip evil.zip ../escaped.txt` from a subfolder): the service refuses it and no file appears outside the destination.",
    }
}

/// File APIs that create or write the path they are given first.
const WRITERS: &[&str] = &[
    "createWriteStream",
    "writeFile",
    "writeFileSync",
    "appendFile",
    "appendFileSync",
    "outputFile",
    "outputFileSync",
    "mkdir",
    "mkdirSync",
    "mkdirp",
    "mkdirpSync",
    "ensureDir",
    "ensureDirSync",
    "ensureFile",
    "ensureFileSync",
    "symlink",
    "symlinkSync",
];

/// What an entry's name is called by the common readers (unzipper, yauzl, tar-stream, adm-zip).
const NAME_PROPERTIES: &[&str] = &["path", "fileName", "entryName", "name"];

impl CodeRule for ArchiveExtraction {
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
        let Some(qualified) = cx.qualified(call) else {
            return;
        };
        let Some((module, function)) = qualified.rsplit_once('.') else {
            return;
        };
        if !matches!(
            module,
            "fs" | "fs.promises" | "fs/promises" | "fs-extra" | "graceful-fs"
        ) || !WRITERS.contains(&function)
        {
            return;
        }
        let Some(target) = arguments(call).first().copied() else {
            return;
        };
        let Some(name) = entry_name_in(cx, target) else {
            return;
        };
        let names = identifiers_in(cx, target);
        if guarded_by_check(cx, call, &names, &["startsWith", "indexOf(", "relative("]) {
            return;
        }
        let message = format!(
            "`{}` writes to a path built from the archive entry's own name `{}`: an entry named `../…` or an absolute path is written outside the target folder.",
            sink_name(call, cx.src()),
            cx.text(name)
        );
        cx.report(call, message);
    }
}

/// The read of an entry's name (`entry.path`) in `expr`, following local variables a few steps.
fn entry_name_in<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> Option<Node<'f>> {
    let mut pending = vec![(expr, 0u32)];
    let mut found = None;
    while let Some((node, depth)) = pending.pop() {
        walk(node, |n| {
            if found.is_some() {
                return false;
            }
            match n.kind() {
                "member_expression" => {
                    if let (Some(object), Some(property)) = (n.field("object"), n.field("property"))
                        && NAME_PROPERTIES.contains(&cx.text(property))
                        && unwrap(object).kind() == "identifier"
                        && is_archive_entry(cx, unwrap(object))
                    {
                        found = Some(n);
                    }
                }
                "identifier" if depth < 3 => {
                    let value = cx.js_taint().resolve(n);
                    if value != n {
                        pending.push((value, depth + 1));
                    }
                }
                _ => {}
            }
            !FUNCTION_KINDS.contains(&n.kind())
        });
        if found.is_some() {
            break;
        }
    }
    found
}

/// True when `ident` names an entry an archive reader hands out: the first parameter of an
/// `.on('entry', …)` handler or of a callback over `getEntries()`, or the variable of a
/// `for … of zip.getEntries()` loop.
fn is_archive_entry<'f>(cx: &CheckContext<'f>, ident: Node<'f>) -> bool {
    let src = cx.src();
    let name = cx.text(ident);
    let mut current = ident.parent();
    while let Some(n) = current {
        if n.kind() == "for_in_statement"
            && n.field("left").is_some_and(|l| declares(cx, l, name))
            && n.field("right").is_some_and(|r| entry_list(cx, unwrap(r)))
        {
            return true;
        }
        if FUNCTION_KINDS.contains(&n.kind()) && first_parameter_is(cx, n, name) {
            let Some(call) = n.parent().and_then(|a| a.parent()) else {
                return false;
            };
            if call.kind() != "call_expression" {
                return false;
            }
            let method = method_name(call, src);
            let on_entry = matches!(method, Some("on" | "once"))
                && arguments(call)
                    .first()
                    .and_then(|a| string_value(*a, src))
                    .is_some_and(|event| event == "entry");
            let over_entries = matches!(method, Some("forEach" | "map" | "filter"))
                && receiver(call).is_some_and(|r| gets_entries(unwrap(r), src));
            return on_entry || over_entries;
        }
        current = n.parent();
    }
    false
}

fn first_parameter_is(cx: &CheckContext<'_>, function: Node<'_>, name: &str) -> bool {
    if let Some(parameter) = function.field("parameter") {
        return cx.text(parameter) == name;
    }
    let Some(parameters) = function.field("parameters") else {
        return false;
    };
    let mut walker = parameters.walk();
    let first = parameters.named_children(&mut walker).next();
    first.is_some_and(|p| {
        let p = p.field("pattern").unwrap_or(p);
        cx.text(p) == name
    })
}

/// `const entry` / `entry` on the left of a `for … of`.
fn declares(cx: &CheckContext<'_>, left: Node<'_>, name: &str) -> bool {
    let mut found = false;
    walk(left, |n| {
        if n.kind() == "identifier" && cx.text(n) == name {
            found = true;
        }
        !found
    });
    found
}

/// `zip.getEntries()`.
fn gets_entries(node: Node<'_>, src: &str) -> bool {
    node.kind() == "call_expression" && method_name(node, src) == Some("getEntries")
}

/// The entries of an opened archive: `zip.getEntries()` (adm-zip), or `directory.files` of
/// `await unzipper.Open.buffer(…)` / `.file(…)` / `.url(…)`.
fn entry_list<'f>(cx: &CheckContext<'f>, node: Node<'f>) -> bool {
    if gets_entries(node, cx.src()) {
        return true;
    }
    if node.kind() != "member_expression"
        || node.field("property").map(|p| cx.text(p)) != Some("files")
    {
        return false;
    }
    let Some(object) = node.field("object") else {
        return false;
    };
    let mut opened = cx.js_taint().resolve(object);
    if opened.kind() == "await_expression"
        && let Some(inner) = opened.named_child(0)
    {
        opened = unwrap(inner);
    }
    opened.kind() == "call_expression"
        && cx
            .qualified(opened)
            .is_some_and(|q| q.starts_with("unzipper.Open."))
}
