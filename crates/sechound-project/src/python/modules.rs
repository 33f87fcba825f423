//! Python imports: which local names come from which module (`import x.y as z`,
//! `from .routers import items`, `from app.api.users import router as users_router`).

use crate::facts::{FileFacts, Import, ImportedName};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{CodeFile, Node};

/// Records every import of the file, at any depth (imports inside functions and
/// `try:` blocks bind names too).
pub(crate) fn read_imports(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    // Module-level imports, including those under a module-level `if` or `try` (optional
    // dependencies); imports inside functions load lazily and do not wire routers, and walking
    // every function body for them would cost a pass over the whole tree.
    let mut pending: Vec<Node<'_>> = named_children(file.tree.root_node());
    while let Some(node) = pending.pop() {
        match node.kind() {
            "import_statement" => {
                for name in named_children(node) {
                    read_plain(name, src, facts);
                }
            }
            "import_from_statement" => read_from(node, src, facts),
            "if_statement" | "try_statement" | "block" | "else_clause" | "elif_clause"
            | "except_clause" | "finally_clause" => pending.extend(named_children(node)),
            _ => {}
        }
    }
}

/// `import a.b as z` binds `z` to `a.b`; `import a.b` binds `a` to `a`.
fn read_plain(name: Node<'_>, src: &str, facts: &mut FileFacts) {
    let (module, local) = match name.kind() {
        "aliased_import" => {
            let (Some(module), Some(alias)) = (name.field("name"), name.field("alias")) else {
                return;
            };
            (text(module, src).to_string(), text(alias, src).to_string())
        }
        "dotted_name" => {
            let full = text(name, src);
            let head = full.split('.').next().unwrap_or(full).to_string();
            (head.clone(), head)
        }
        _ => return,
    };
    facts.imports.push(Import {
        local,
        module,
        name: ImportedName::Namespace,
    });
}

/// `from .routers import items, users as u` (module `.routers`, `Named("items")`).
fn read_from(node: Node<'_>, src: &str, facts: &mut FileFacts) {
    let Some(module) = node.field("module_name") else {
        return;
    };
    let module = text(module, src).to_string();
    let mut cursor = node.walk();
    for name in node.children_by_field_name("name", &mut cursor) {
        let (imported, local) = match name.kind() {
            "aliased_import" => {
                let (Some(n), Some(alias)) = (name.field("name"), name.field("alias")) else {
                    continue;
                };
                (text(n, src).to_string(), text(alias, src).to_string())
            }
            "dotted_name" => {
                let n = text(name, src).to_string();
                (n.clone(), n)
            }
            _ => continue,
        };
        facts.imports.push(Import {
            local,
            module: module.clone(),
            name: ImportedName::Named(imported),
        });
    }
}
