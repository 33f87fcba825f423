//! The session hop of an open redirect, for both languages: where the repository writes a key
//! of the request's session (`req.session.returnTo = …`, `session["next"] = …`), whether from
//! request data and whether after a check, and which key a redirect target reads back.
//!
//! Writes are looked up per key, once per review (the [`crate::RepoCache`]), in the files whose
//! text mentions both the key and `session`; without a repository view only the current file
//! is read.

use crate::CheckContext;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::{BoundValue, CodeFile, Family, Language, Node};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// One write of a session key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SessionWrite {
    pub file: String,
    pub line: u32,
    /// The value carries request data (`req.query.returnTo`, `request.args.get("next")`).
    pub from_request: bool,
    /// The write sits under a condition that checks the value, or stores a checked value.
    pub validated: bool,
    pub code: String,
}

/// The writes of one key, shared by the redirects that read it.
type Writes = Arc<Vec<SessionWrite>>;

/// Writes per (Python or not, key), filled as redirects ask.
#[derive(Default)]
struct WriteIndex(Mutex<HashMap<(bool, String), Writes>>);

/// Conditions and calls that check a redirect target: allow-lists, prefix tests, URL parsing,
/// the usual helper names.
pub(crate) const CHECKS: &[&str] = &[
    "startsWith(",
    "startswith(",
    ".includes(",
    ".has(",
    ".test(",
    ".match(",
    "indexOf(",
    "llow",
    "hitelist",
    "safe",
    "Safe",
    "valid",
    "Valid",
    "isLocal",
    "is_local",
    "isRelative",
    "is_relative",
    "hostname",
    "netloc",
    "origin",
    "urlparse(",
    "urlsplit(",
    "new URL(",
    "url_has_allowed_host_and_scheme",
    " in ",
];

/// Every write of `key` in the request's session, in the repository (or this file).
pub(crate) fn writes(cx: &CheckContext<'_>, key: &str) -> Arc<Vec<SessionWrite>> {
    let python = cx.file.language.family() == Family::Python;
    let build = || scan(cx, key, python);
    let Some(cache) = cx.repo.cache() else {
        return Arc::new(build());
    };
    let index = cache.get_or_build(WriteIndex::default);
    if let Some(found) = index
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&(python, key.to_string()))
    {
        return found.clone();
    }
    let found = Arc::new(build());
    index
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert((python, key.to_string()), found.clone());
    found
}

fn scan(cx: &CheckContext<'_>, key: &str, python: bool) -> Vec<SessionWrite> {
    let mut out = Vec::new();
    file_writes(cx.file, key, &mut out);
    for path in cx.repo.paths() {
        if *path == cx.file.path || crate::is_test_path(path) {
            continue;
        }
        let Some(language) = Language::from_path(std::path::Path::new(path)) else {
            continue;
        };
        if (language.family() == Family::Python) != python
            || !matches!(language.family(), Family::Js | Family::Python)
        {
            continue;
        }
        let Some(text) = cx.repo.read(path) else {
            continue;
        };
        if !text.contains("session") || !text.contains(key) {
            continue;
        }
        if let Some(file) = sechound_syntax::parse(path.clone(), language, text) {
            file_writes(&file, key, &mut out);
        }
    }
    out
}

/// Writes of `key` in one file.
fn file_writes(file: &CodeFile, key: &str, out: &mut Vec<SessionWrite>) {
    let src = file.text();
    match file.language.family() {
        Family::Js => {
            let taint = sechound_syntax::js::taint::JsTaint::new(file);
            walk(file.tree.root_node(), |n| {
                if n.kind() == "assignment_expression"
                    && let (Some(left), Some(right)) = (n.field("left"), n.field("right"))
                    && js_session_key(left, src).as_deref() == Some(key)
                {
                    out.push(SessionWrite {
                        file: file.path.clone(),
                        line: n.start_position().row as u32 + 1,
                        from_request: taint.trace(right).is_some(),
                        validated: checked(n, right, src),
                        code: first_line(text(n, src)),
                    });
                }
                true
            });
        }
        Family::Python => {
            let taint = sechound_syntax::python::taint::PyTaint::new(file);
            walk(file.tree.root_node(), |n| {
                if n.kind() == "assignment"
                    && let (Some(left), Some(right)) = (n.field("left"), n.field("right"))
                    && py_session_key(left, src).as_deref() == Some(key)
                {
                    out.push(SessionWrite {
                        file: file.path.clone(),
                        line: n.start_position().row as u32 + 1,
                        from_request: taint.trace(right).is_some(),
                        validated: checked(n, right, src),
                        code: first_line(text(n, src)),
                    });
                }
                true
            });
        }
        _ => {}
    }
}

fn first_line(code: &str) -> String {
    let line = code.lines().next().unwrap_or("").trim();
    if line.len() > 100 {
        let mut end = 100;
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}…", &line[..end])
    } else {
        line.to_string()
    }
}

/// True when the written value is checked: a condition above the write (up to its function)
/// mentions it and a check, or the value is a checking call or a conditional with a check.
fn checked(write: Node<'_>, value: Node<'_>, src: &str) -> bool {
    let value_text = text(value, src);
    let names = names_in(value, src);
    let has_check = |t: &str| CHECKS.iter().any(|c| t.contains(c));
    if has_check(value_text) {
        return true;
    }
    let mut at = write.parent();
    while let Some(n) = at {
        if matches!(
            n.kind(),
            "function_declaration"
                | "function_expression"
                | "arrow_function"
                | "method_definition"
                | "function_definition"
        ) {
            break;
        }
        if let Some(condition) = n.field("condition") {
            let c = text(condition, src);
            if has_check(c) && (names.iter().any(|name| c.contains(name.as_str()))) {
                return true;
            }
        }
        at = n.parent();
    }
    false
}

/// Identifiers and dotted names read in `node` (at most a few dozen).
fn names_in(node: Node<'_>, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    walk(node, |n| {
        if out.len() > 32 {
            return false;
        }
        if matches!(n.kind(), "identifier" | "property_identifier") {
            let t = text(n, src);
            if !matches!(t, "req" | "request" | "query" | "body" | "args" | "get") {
                out.push(t.to_string());
            }
        }
        true
    });
    out
}

/// The key of `req.session.returnTo` (also `request.session`, `ctx.session`).
pub(crate) fn js_session_key(node: Node<'_>, src: &str) -> Option<String> {
    let node = sechound_syntax::js::unwrap(node);
    if node.kind() != "member_expression" {
        return None;
    }
    let path = sechound_syntax::js::dotted_path(node, src)?;
    let segments: Vec<&str> = path.split('.').collect();
    match segments.as_slice() {
        [.., head, "session", key] if matches!(*head, "req" | "request" | "ctx") => {
            Some(key.to_string())
        }
        _ => None,
    }
}

/// The key of `session["next"]`, `request.session["next"]`.
fn py_session_key(node: Node<'_>, src: &str) -> Option<String> {
    if node.kind() != "subscript" {
        return None;
    }
    let object = sechound_syntax::python::dotted_path(node.field("value")?, src)?;
    if !(object == "session" || object.ends_with("request.session") || object == "flask.session") {
        return None;
    }
    sechound_syntax::python::string_value(node.field("subscript")?, src)
}

/// The session key a redirect target reads: directly (`req.session.returnTo || '/'`,
/// `session.get("next")`, `session.pop("next", None)`) or through a local name bound to such a
/// read (`const { returnTo } = req.session`, `next_url = session.get("next")`). `None` when
/// the read passes through a call first (a checking helper).
pub(crate) fn key_read<'f>(cx: &CheckContext<'f>, target: Node<'f>) -> Option<String> {
    let src = cx.src();
    let python = cx.file.language.family() == Family::Python;
    let direct = |n: Node<'f>| -> Option<String> {
        if python {
            py_session_key(n, src).or_else(|| py_session_get(n, src))
        } else {
            js_session_key(n, src)
        }
    };
    // The target itself, or one side of `a || b`, `a or b`, `a ?? b`.
    let mut candidates = vec![target];
    let mut found = None;
    while let Some(n) = candidates.pop() {
        let n = if python {
            sechound_syntax::python::unwrap(n)
        } else {
            sechound_syntax::js::unwrap(n)
        };
        if let Some(key) = direct(n) {
            found = Some(key);
            break;
        }
        match n.kind() {
            "binary_expression" | "boolean_operator" => {
                candidates.extend(n.field("left"));
                candidates.extend(n.field("right"));
            }
            "identifier" => {
                let bindings = if python {
                    cx.py_taint().bindings(n)
                } else {
                    cx.js_taint().bindings(n)
                };
                for binding in bindings {
                    match binding {
                        BoundValue::Expr(v) => {
                            if let Some(key) = direct(v) {
                                found = Some(key);
                            }
                        }
                        // `const { returnTo } = req.session`
                        BoundValue::Part(v)
                            if !python
                                && sechound_syntax::js::dotted_path(v, src).is_some_and(|p| {
                                    p == "req.session" || p == "request.session"
                                }) =>
                        {
                            found = Some(text(n, src).to_string());
                        }
                        _ => {}
                    }
                }
                if found.is_some() {
                    break;
                }
            }
            _ => {}
        }
    }
    found
}

/// `session.get("next")`, `session.pop("next", None)`, `request.session.get("next")`.
fn py_session_get(node: Node<'_>, src: &str) -> Option<String> {
    if node.kind() != "call" {
        return None;
    }
    let path = sechound_syntax::python::callee_path(node, src)?;
    let (object, method) = path.rsplit_once('.')?;
    if !matches!(method, "get" | "pop") {
        return None;
    }
    if !(object == "session" || object.ends_with("request.session") || object == "flask.session") {
        return None;
    }
    let first = *sechound_syntax::python::positional_args(node).first()?;
    sechound_syntax::python::string_value(first, src)
}
