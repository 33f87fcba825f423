//! Python frameworks: FastAPI, Flask and Django/DRF routes, mounts and guards, and the
//! functions that authenticate callers.
//!
//! Python modules have no explicit exports: `compose` treats every top-level name as
//! exported, so only imports are recorded here.

pub(crate) mod auth;
pub(crate) mod django;
pub(crate) mod fastapi;
pub(crate) mod flask;
pub(crate) mod modules;
pub(crate) mod refs;

use crate::facts::{FileFacts, ImportedName};
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::python::{callee_path, dotted_path, string_value, unwrap};
use sechound_syntax::{CodeFile, Node};

pub(crate) use crate::quote::{first_line, line_of};

/// Reads what a Python file contributes to the project model.
pub(crate) fn read(file: &CodeFile, record: &ModuleRecord, facts: &mut FileFacts) {
    modules::read_imports(record, facts);
    fastapi::read(file, record, facts);
    flask::read(file, record, facts);
    django::read(file, record, facts);
    crate::openapi::read_python(file, facts);
    auth::read_auth_defs(file, facts);
}

/// True when the file imports `package` or one of its submodules.
pub(crate) fn imports_package(facts: &FileFacts, package: &str) -> bool {
    facts.imports.iter().any(|i| {
        i.module == package
            || i.module.starts_with(&format!("{package}."))
            || (i.module.is_empty() && i.local == package)
    })
}

/// The dotted module a name of this file stands for, when an import says it is a module:
/// `views` after `from . import views` is `.views`; `blog.urls` after `import blog` is
/// `blog.urls`.
pub(crate) fn module_of(facts: &FileFacts, dotted: &str) -> Option<String> {
    let (head, rest) = match dotted.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (dotted, None),
    };
    let import = facts.imports.iter().find(|i| i.local == head)?;
    let base = match &import.name {
        ImportedName::Namespace | ImportedName::Default => import.module.clone(),
        ImportedName::Named(name) if import.module.ends_with('.') => {
            format!("{}{name}", import.module)
        }
        ImportedName::Named(name) => format!("{}.{name}", import.module),
    };
    Some(match rest {
        Some(rest) => format!("{base}.{rest}"),
        None => base,
    })
}

/// The name a call invokes, the last segment: `Depends` for `fastapi.Depends(...)`.
pub(crate) fn callee_name(call: Node<'_>, src: &str) -> Option<String> {
    let path = callee_path(call, src)?;
    Some(path.rsplit('.').next().unwrap_or(&path).to_string())
}

/// The strings of a list, tuple or set literal (or of one string).
pub(crate) fn strings(node: Node<'_>, src: &str) -> Vec<String> {
    let node = unwrap(node);
    if let Some(value) = string_value(node, src) {
        return vec![value];
    }
    match node.kind() {
        "list" | "tuple" | "set" => named_children(node)
            .into_iter()
            .filter_map(|e| string_value(e, src))
            .collect(),
        _ => Vec::new(),
    }
}

/// The elements of a list, tuple or set literal.
pub(crate) fn elements(node: Node<'_>) -> Vec<Node<'_>> {
    let node = unwrap(node);
    match node.kind() {
        "list" | "tuple" | "set" => named_children(node)
            .into_iter()
            .filter(|n| n.kind() != "comment")
            .collect(),
        _ => Vec::new(),
    }
}

/// Top-level statements (decorated definitions are kept whole).
pub(crate) fn top_level(file: &CodeFile) -> Vec<Node<'_>> {
    named_children(file.tree.root_node())
}

/// `name = value` (or `name: T = value`) as a top-level statement.
pub(crate) fn assignment<'t>(statement: Node<'t>, src: &str) -> Option<(String, Node<'t>)> {
    if statement.kind() != "expression_statement" {
        return None;
    }
    let assignment = statement.named_child(0)?;
    if assignment.kind() != "assignment" {
        return None;
    }
    let left = assignment.field("left")?;
    let right = assignment.field("right")?;
    let name = dotted_path(left, src)?;
    Some((name, unwrap(right)))
}

/// The function or class definition under a (possibly decorated) statement.
pub(crate) fn definition(statement: Node<'_>) -> Option<Node<'_>> {
    match statement.kind() {
        "function_definition" | "class_definition" => Some(statement),
        "decorated_definition" => statement.field("definition"),
        _ => None,
    }
}

/// The name of a function or class definition.
pub(crate) fn def_name(definition: Node<'_>, src: &str) -> Option<String> {
    Some(text(definition.field("name")?, src).to_string())
}

/// `methods=["GET", "POST"]` of a route decorator; without it Flask and FastAPI both serve GET.
pub(crate) fn methods_of(call: Node<'_>, src: &str) -> Vec<String> {
    let methods: Vec<String> = sechound_syntax::python::keyword_arg(call, src, "methods")
        .map(|m| strings(m, src))
        .unwrap_or_default()
        .into_iter()
        .map(|m| m.to_ascii_uppercase())
        .collect();
    if methods.is_empty() {
        vec!["GET".to_string()]
    } else {
        methods
    }
}
